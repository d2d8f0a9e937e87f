import { describe, expect, it } from "vitest"
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir, userInfo } from "node:os"
import path from "node:path"
import { caddyInstalled, NO_CADDY_REASON } from "../support/tls-proxy.ts"

/** The files an operator copies onto a Debian server (docs/operations.md, "One server"). */
const DEPLOY = path.resolve(import.meta.dirname, "../../scripts/deploy")
const installed = (command: string, versionFlag = "--version") => spawnSync(command, [versionFlag]).status === 0
const systemdAnalyze = installed("systemd-analyze")
const logrotate = installed("logrotate")
const read = (file: string) => readFileSync(path.join(DEPLOY, file), "utf8")

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
})
