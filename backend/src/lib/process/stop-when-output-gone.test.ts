import { spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import path from "node:path"
import { pathToFileURL } from "node:url"
import { describe, expect, it } from "vitest"

/**
 * The shape of `medusa start`: Medusa's CLI swallows every uncaught exception with a console.log
 * (@medusajs/cli, dist/index.js), the server shuts down on SIGTERM, and it logs a line per request.
 */
const fakeServer = (guarded: boolean) => `
  import { stopWhenOutputIsGone } from ${JSON.stringify(pathToFileURL(path.join(__dirname, "stop-when-output-gone.ts")).href)}
  ${guarded ? "stopWhenOutputIsGone()" : ""}
  process.on("uncaughtException", (error) => console.log(error))
  process.on("SIGTERM", () => process.exit(0))
  setInterval(() => console.log("GET /store/products 200"), 5)
`

/** Starts the fake server, then goes away as its launcher would, and sees what the server does in the next 5 s. */
async function childAfterItsReaderLeft(guarded: boolean) {
  const child = spawn(
    process.execPath,
    [
      "--experimental-strip-types",
      "--disable-warning=ExperimentalWarning",
      "--disable-warning=MODULE_TYPELESS_PACKAGE_JSON",
      "--input-type=module",
      "-e",
      fakeServer(guarded),
    ],
    { stdio: ["ignore", "pipe", "pipe"] }
  )
  const exited = new Promise<string>((resolve) => child.on("exit", (code, signal) => resolve(String(signal ?? code))))
  await new Promise((resolve) => child.stdout.once("data", resolve))
  child.stdout.destroy()
  child.stderr.destroy()
  const outcome = await Promise.race([exited, new Promise<string>((resolve) => setTimeout(() => resolve("still running"), 5_000))])
  const cpuSeconds = () => {
    try {
      const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1].split(" ")
      return (Number(fields[11]) + Number(fields[12])) / 100
    } catch {
      return 0
    }
  }
  const cpu = cpuSeconds()
  child.kill("SIGKILL")
  return { outcome, cpu }
}

describe("a server whose output nobody reads any more", () => {
  it("stops as if asked to, instead of spinning on its own failed log lines", async () => {
    expect((await childAfterItsReaderLeft(true)).outcome).toBe("0")
  })

  it("without it keeps running, busy on a core: what a killed launcher left behind", async () => {
    const { outcome, cpu } = await childAfterItsReaderLeft(false)
    expect(outcome).toBe("still running")
    expect(cpu).toBeGreaterThan(1)
  })
})
