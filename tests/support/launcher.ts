import { spawn, type ChildProcess } from "node:child_process"
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
    interrupt: () => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, "SIGINT")
        } catch {
          // the group is already gone
        }
      }
      return ended
    },
  }
}
