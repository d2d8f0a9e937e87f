import { describe, expect, it } from "vitest"
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import http from "node:http"
import { tmpdir, userInfo } from "node:os"
import path from "node:path"
import { parse } from "yaml"
import { startLocalBucket } from "../../backend/integration-tests/s3-bucket.ts"
import { PRIVATE_FILE_PREFIX } from "../../backend/src/lib/files/store-file-url.ts"
import { caddyInstalled, NO_CADDY_REASON, startTlsProxy } from "../support/tls-proxy.ts"

/** The files an operator copies onto a Debian server (docs/operations.md, "One server"). */
const DEPLOY = path.resolve(import.meta.dirname, "../../scripts/deploy")
const installed = (command: string, versionFlag = "--version") => spawnSync(command, [versionFlag]).status === 0
const systemdAnalyze = installed("systemd-analyze")
const logrotate = installed("logrotate")
const read = (file: string) => readFileSync(path.join(DEPLOY, file), "utf8")
const ROOT = path.resolve(DEPLOY, "../..")

type Service = {
  environment?: Record<string, string>
  volumes?: string[]
  secrets?: string[]
  profiles?: string[]
  ports?: string[]
  depends_on?: Record<string, { condition: string }>
}
type Compose = { services: Record<string, Service>; secrets: Record<string, { environment?: string }>; "x-backend": Service }

/** Every metric name the servers' sources define, and prom-client's process metrics they collect. */
function exportedMetricNames() {
  const sources = ["backend/src/lib/metrics/backend-metrics.ts", "storefront/src/lib/metrics.server.ts"].map((file) =>
    readFileSync(path.join(ROOT, file), "utf8")
  )
  const defined = sources.flatMap((source) => [...source.matchAll(/name: "(pasar_\w+)"/g)].map(([, name]) => name))
  return new Set([...defined, "process_resident_memory_bytes", "nodejs_eventloop_lag_p99_seconds"])
}

/** `VAR=value` of a systemd unit's Environment= lines. */
const environmentOf = (unit: string) => Object.fromEntries([...unit.matchAll(/^Environment=(\w+)=(.*)$/gm)].map(([, name, value]) => [name, value.trim()]))

describe("one-server deployment files", () => {
  it.skipIf(!systemdAnalyze)(
    `the service unit passes systemd-analyze verify and runs npm start's launcher as its main process${systemdAnalyze ? "" : " (skipped: systemd-analyze is not installed)"}`,
    () => {
      const verified = spawnSync("systemd-analyze", ["verify", path.join(DEPLOY, "pasar-desa.service")], { encoding: "utf8" })
      expect(verified.status, verified.stderr).toBe(0)
      expect(verified.stderr).toBe("")
      const unit = read("pasar-desa.service")
      const start = JSON.parse(readFileSync(path.resolve(DEPLOY, "../../package.json"), "utf8")).scripts.start as string
      // The same command as `npm start`, so the launcher (not npm) gets the stop signal and stops its servers in order.
      expect(unit).toContain(`ExecStart=/usr/bin/env ${start}`)
      expect(unit).toMatch(/^Restart=on-failure$/m)
      expect(unit).toMatch(/^KillMode=mixed$/m)
    }
  )

  it.skipIf(!caddyInstalled)(`the Caddyfile is valid with the drop-in's settings${caddyInstalled ? "" : ` (skipped: ${NO_CADDY_REASON})`}`, () => {
    const settings = environmentOf(read("caddy-pasar-desa.conf"))
    // Every {$NAME} without a default in the Caddyfile is set by the drop-in.
    const required = [...read("Caddyfile").matchAll(/\{\$(\w+)\}/g)].map(([, name]) => name)
    for (const name of required) expect(settings, name).toHaveProperty(name)
    expect(settings).toMatchObject({ BACKEND: "127.0.0.1:9000", STOREFRONT: "127.0.0.1:4321" })
    const validated = spawnSync("caddy", ["validate", "--config", path.join(DEPLOY, "Caddyfile"), "--adapter", "caddyfile"], {
      encoding: "utf8",
      env: { ...process.env, ...settings, HOME: mkdtempSync(path.join(tmpdir(), "caddy-home-")) },
    })
    expect(validated.status, validated.stderr).toBe(0)
    expect(validated.stdout + validated.stderr).toContain("Valid configuration")
  })

  it.skipIf(!logrotate)(`the log rotation reads without an error${logrotate ? "" : " (skipped: logrotate is not installed)"}`, () => {
    // The service's user exists on the server, not here: the file is checked as this user's.
    const me = userInfo().username
    const copy = path.join(mkdtempSync(path.join(tmpdir(), "logrotate-")), "pasar-desa")
    writeFileSync(copy, read("pasar-desa.logrotate").replace("su pasar pasar", `su ${me} ${me}`))
    const checked = spawnSync("logrotate", ["--debug", "--state", path.join(path.dirname(copy), "state"), copy], { encoding: "utf8" })
    expect(checked.status).toBe(0)
    expect(checked.stderr + checked.stdout).not.toMatch(/^error:/m)
    expect(checked.stderr + checked.stdout).toContain("rotating pattern: /opt/pasar-desa/.data/logs/*.log")
  })

  it("monitoring profile: Prometheus scrapes every server with the token they ask for, and the dashboard charts only metrics they export", () => {
    const compose = parse(readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8"), { merge: true }) as Compose
    const prometheus = parse(read("monitoring/prometheus.yml")) as {
      scrape_configs: Array<{
        job_name: string
        authorization: { credentials_file: string }
        static_configs?: Array<{ targets: string[] }>
        dns_sd_configs?: Array<{ names: string[]; port: number }>
      }>
    }
    const { services } = compose
    expect(services.prometheus.profiles).toEqual(["monitoring"])
    expect(services.grafana.profiles).toEqual(["monitoring"])
    // The token file Prometheus reads is the compose secret made from METRICS_TOKEN, which both servers get.
    expect(compose.secrets.metrics_token).toEqual({ environment: "METRICS_TOKEN" })
    expect(services.prometheus.secrets).toContain("metrics_token")
    expect(compose["x-backend"].environment).toHaveProperty("METRICS_TOKEN")
    expect(services.storefront.environment).toHaveProperty("METRICS_TOKEN")
    const ports: Record<string, number> = { backend: 9000, worker: 9000, storefront: 4321 }
    for (const job of prometheus.scrape_configs) {
      expect(job.authorization.credentials_file, job.job_name).toBe("/run/secrets/metrics_token")
      const targets = [
        ...(job.static_configs ?? []).flatMap((config) => config.targets),
        ...(job.dns_sd_configs ?? []).flatMap((config) => config.names.map((name) => `${name}:${config.port}`)),
      ]
      for (const target of targets) {
        const [host, port] = target.split(":")
        expect(services, target).toHaveProperty(host)
        expect(Number(port), target).toBe(ports[host])
      }
    }
    expect(prometheus.scrape_configs.map((job) => job.job_name).sort()).toEqual(["backend", "storefront", "worker"])
    // Grafana is reached through an SSH tunnel, never from outside.
    expect(services.grafana.ports).toEqual(["127.0.0.1:3000:3000"])
    for (const volume of [...(services.grafana.volumes ?? []), ...(services.prometheus.volumes ?? [])].filter((entry) => entry.startsWith("./"))) {
      expect(existsSync(path.join(ROOT, volume.split(":")[0])), volume).toBe(true)
    }
    const dashboard = JSON.parse(read("monitoring/grafana/dashboards/pasar-desa.json")) as {
      panels: Array<{ title: string; targets: Array<{ expr: string }> }>
    }
    const exported = exportedMetricNames()
    for (const panel of dashboard.panels) {
      for (const { expr } of panel.targets) {
        const used = [...expr.matchAll(/\b((?:pasar|process|nodejs)_\w+)/g)].map(([, name]) => name.replace(/_(bucket|count|sum)$/, ""))
        expect(used.length, panel.title).toBeGreaterThan(0)
        for (const name of used) expect(exported, `${panel.title}: ${name}`).toContain(name)
      }
    }
  })

  it.skipIf(!caddyInstalled)(
    `uploads in MinIO: buyers read photos through the proxy's /files, never a transfer receipt, and nobody writes there${caddyInstalled ? "" : ` (skipped: ${NO_CADDY_REASON})`}`,
    async () => {
      const compose = parse(readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8"), { merge: true }) as Compose
      const backendEnv = compose["x-backend"].environment!
      const bucket = backendEnv.S3_BUCKET
      expect(backendEnv).toMatchObject({ S3_ENDPOINT: "http://minio:9000", S3_FILE_URL: `\${PUBLIC_ORIGIN}/files/${bucket}` })
      expect(compose["x-backend"].depends_on).toHaveProperty("minio-bucket")
      expect(compose.services.proxy.environment).toMatchObject({ FILES: "minio:9000" })
      // MinIO is reached through the proxy only, and its bucket's policy refuses receipts too.
      expect(compose.services.minio.ports).toBeUndefined()
      const policy = JSON.parse(read("minio/files-policy.json")) as { Statement: Array<{ Effect: string; Resource: string[] }> }
      expect(policy.Statement.find((statement) => statement.Effect === "Deny")?.Resource).toEqual([`arn:aws:s3:::${bucket}/${PRIVATE_FILE_PREFIX}*`])

      // The proxy in front of an S3 server (the backend suites' s3rver) holding one photo and one receipt, in compose's bucket.
      const s3 = await startLocalBucket()
      expect(s3.env.S3_BUCKET).toBe(bucket)
      const put = (key: string, body: string) => fetch(`${s3.env.S3_FILE_URL}/${key}`, { method: "PUT", body, headers: { "content-type": "image/jpeg" } })
      expect((await put("keripik-tempe-01KB.jpg", "foto keripik")).status).toBe(200)
      expect((await put(`${PRIVATE_FILE_PREFIX}order_01-01KB.jpg`, "bukti transfer")).status).toBe(200)
      const healthy = http.createServer((_request, response) => response.end("ok")).listen(0, "127.0.0.1")
      await new Promise((resolve) => healthy.once("listening", resolve))
      const servers = `127.0.0.1:${(healthy.address() as { port: number }).port}`
      const proxy = await startTlsProxy({
        caddyfile: path.join(DEPLOY, "Caddyfile"),
        backend: servers,
        storefront: servers,
        files: new URL(s3.env.S3_ENDPOINT).host,
      })
      try {
        const photo = await proxy.get(`/files/${bucket}/keripik-tempe-01KB.jpg`)
        expect({ status: photo.status, body: photo.body }).toEqual({ status: 200, body: "foto keripik" })
        expect((await proxy.get(`/files/${bucket}/${PRIVATE_FILE_PREFIX}order_01-01KB.jpg`)).status).toBe(404)
        for (const method of ["PUT", "POST", "DELETE"]) expect((await proxy.send(`/files/${bucket}/keripik-tempe-01KB.jpg`, method)).status, method).toBe(405)
        expect((await proxy.get(`/files/${bucket}/keripik-tempe-01KB.jpg`)).status).toBe(200)
      } finally {
        await proxy.stop()
        await s3.close()
        healthy.close()
      }
    }
  )
})
