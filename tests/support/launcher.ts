import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import { freePort } from "./test-database.ts"

export type LauncherPorts = { BACKEND_PORT: string; STOREFRONT_PORT: string; EMBEDDED_POSTGRES_PORT: string }

export async function freeLauncherPorts(): Promise<LauncherPorts> {
  return {
    BACKEND_PORT: String(await freePort()),
    STOREFRONT_PORT: String(await freePort()),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
  }
}

/** The environment of a user who set nothing: no database, Redis or search server of their own. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const name of ["DATABASE_URL", "REDIS_URL", "MEILISEARCH_HOST", "DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD", "NODE_ENV", "BASE_URL"]) {
    delete env[name]
  }
  return { ...env, ...extra }
}

export type Launch = {
  child: ChildProcess
  output: () => string
  /** Resolves when the launcher prints that the marketplace runs, rejects if it exits first. */
  ready: Promise<void>
  exited: Promise<number | null>
  /** What a person's Ctrl-C does: SIGINT to the whole process group. Resolves once npm has exited. */
  interrupt: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * After npm has exited, waits for the rest of its process group (the launcher, Medusa, the storefront)
 * to end. A process still there after 15 s is named in the test output and killed: one left running
 * (a Medusa server spinning at full CPU was found twice after a CI run) would slow every suite after it.
 */
async function reapGroup(pgid: number) {
  const deadline = Date.now() + 15_000
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
  if (!groupAlive(pgid)) return
  const left = spawnSync("ps", ["-o", "pid=,args=", "--sid", String(pgid)], { encoding: "utf8" }).stdout.trim()
  console.warn(`npm start left processes running 15 s after it exited; killing them:\n${left}`)
  process.kill(-pgid, "SIGKILL")
}

/** Runs `npm start` in a folder, as its own process group like a terminal job. */
export function npmStart(cwd: string, env: NodeJS.ProcessEnv, readyTimeoutMs = 600_000): Launch {
  const child = spawn("npm", ["start"], { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  child.stdout!.on("data", (chunk) => (output += chunk))
  child.stderr!.on("data", (chunk) => (output += chunk))
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })))
  const exited = ended.then(({ code }) => code)
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start was not ready after ${readyTimeoutMs} ms:\n${output}`)), readyTimeoutMs)
    child.stdout!.on("data", () => {
      if (output.includes("Pasar Desa is running")) {
        clearTimeout(timer)
        resolve()
      }
    })
    exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`npm start exited with ${code} before it was ready:\n${output}`))
    })
  })
  ready.catch(() => undefined)
  return {
    child,
    output: () => output,
    ready,
    exited,
    interrupt: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, "SIGINT")
        } catch {
          // the group is already gone
        }
      }
      const result = await ended
      await reapGroup(child.pid!)
      return result
    },
  }
}
