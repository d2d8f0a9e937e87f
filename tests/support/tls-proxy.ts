import { spawn, spawnSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import https from "node:https"
import os from "node:os"
import path from "node:path"
import { stopProcess } from "../../scripts/stack/processes.ts"
import { freePort } from "./test-database.ts"

/** Debian's caddy package, when installed. */
export const caddyInstalled = spawnSync("caddy", ["version"]).status === 0
export const NO_CADDY_REASON = "caddy is not installed (apt-get install caddy)"

export type TlsAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A request over https to the proxy, trusting its self-signed certificate and asking for compressed bodies as browsers do. */
function send(url: string, method = "GET"): Promise<TlsAnswer> {
  return new Promise((resolve, reject) => {
    const request = https.request(url, { method, rejectUnauthorized: false, headers: { "accept-encoding": "gzip, zstd" } }, (response) => {
      const chunks: Buffer[] = []
      response.on("data", (chunk) => chunks.push(chunk))
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString("latin1") }))
    })
    request.on("error", reject)
    request.end()
  })
}
const get = (url: string) => send(url)

/**
 * Caddy with the repository's own Caddyfile (the docker-compose proxy), a
 * self-signed certificate for localhost on free ports, in front of a running
 * backend and storefront. Its data (the certificate authority) lives in a
 * temporary folder, never in the system's trust store.
 */
export async function startTlsProxy({ caddyfile, backend, storefront, files }: { caddyfile: string; backend: string; storefront: string; files?: string }) {
  const [httpsPort, httpPort, adminPort] = [await freePort(), await freePort(), await freePort()]
  const data = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-caddy-"))
  let output = ""
  const child = spawn("caddy", ["run", "--adapter", "caddyfile", "--config", caddyfile], {
    env: {
      ...process.env,
      SHOP_ADDRESS: "localhost",
      TLS_ISSUER: "internal",
      HTTPS_PORT: String(httpsPort),
      HTTP_PORT: String(httpPort),
      CADDY_ADMIN: `localhost:${adminPort}`,
      BACKEND: backend,
      STOREFRONT: storefront,
      ...(files ? { FILES: files } : {}),
      XDG_DATA_HOME: data,
      XDG_CONFIG_HOME: data,
      HOME: data,
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  child.stdout!.on("data", (chunk) => (output += chunk))
  child.stderr!.on("data", (chunk) => (output += chunk))
  const origin = `https://localhost:${httpsPort}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`caddy exited:\n${output}`)
    // The backend's health through the proxy: TLS and routing work (the storefront may start after).
    const answer = await get(`${origin}/health`).catch(() => undefined)
    if (answer?.status === 200) break
    if (Date.now() > deadline) throw new Error(`caddy did not answer on ${origin} within 30 s:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    origin,
    httpOrigin: `http://localhost:${httpPort}`,
    get: (pathname: string) => get(`${origin}${pathname}`),
    send: (pathname: string, method: string) => send(`${origin}${pathname}`, method),
    async stop() {
      await stopProcess(child)
      rmSync(data, { recursive: true, force: true })
    },
  }
}
