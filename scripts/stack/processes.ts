import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process"
import { createWriteStream, mkdirSync } from "node:fs"
import net from "node:net"
import path from "node:path"
import { StackError } from "./config.ts"

export type Logs = { dir: string; echo: boolean }

/** Runs a command to completion; its output goes to a log file, and to the console when asked. An abort signal kills it. */
export function runToEnd(name: string, command: string, args: string[], options: SpawnOptions, logs: Logs) {
  return new Promise<void>((resolve, reject) => {
    const child = startLogged(name, command, args, options, logs)
    child.on("error", (error) => reject(error.name === "AbortError" ? new StackError(`${name} was stopped`) : error))
    child.on("exit", (code, signal) => {
      if (code === 0) {
        resolve()
      } else {
        reject(new StackError(`${name} failed (${signal ?? `exit ${code}`}): see ${path.join(logs.dir, `${name}.log`)}`))
      }
    })
  })
}

export function startLogged(name: string, command: string, args: string[], options: SpawnOptions, logs: Logs): ChildProcess {
  mkdirSync(logs.dir, { recursive: true })
  const log = createWriteStream(path.join(logs.dir, `${name}.log`), { flags: "a" })
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] })
  for (const stream of [child.stdout, child.stderr]) {
    stream?.pipe(log, { end: false })
    if (logs.echo) {
      stream?.on("data", (chunk: Buffer) => process.stdout.write(`[${name}] ${chunk}`))
    }
  }
  child.on("exit", () => log.end())
  return child
}

/** Sends SIGTERM, then SIGKILL if the process is still there after the grace period. */
export function stopProcess(child: ChildProcess | undefined, graceMs = 10_000) {
  return new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return resolve()
    }
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill("SIGTERM")
  })
}

export function assertPortFree(port: number, variable: string) {
  return new Promise<void>((resolve, reject) => {
    const server = net.createServer()
    server.once("error", () => reject(new StackError(`Port ${port} is already in use: stop what is using it, or set ${variable} to a free port.`)))
    server.listen({ port, host: "::", ipv6Only: false }, () => server.close(() => resolve()))
  })
}

/** Polls a URL until it answers 2xx, the process dies, or the time is up. */
export async function waitForHttp(url: string, { timeoutMs, child, name }: { timeoutMs: number; child?: ChildProcess; name: string }) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new StackError(`${name} stopped while starting (exit ${child.exitCode ?? child.signalCode}): see its log in .data/logs`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) })
      if (response.ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new StackError(`${name} did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s: see its log in .data/logs`)
}
