// npm run bench:boot: how long `npm start` takes until the storefront serves,
// from a fresh clone, from an empty .data/ with builds in place, and warm.
import { rmSync } from "node:fs"
import path from "node:path"
import { cleanEnv, freeLauncherPorts, npmStart } from "../support/launcher.ts"
import { copyRepo } from "../support/repo-copy.ts"
import { isMain } from "./is-main.ts"

async function timedStart(dir: string, env: NodeJS.ProcessEnv) {
  const startedAt = process.hrtime.bigint()
  const launch = npmStart(dir, env)
  await launch.ready
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9
  await launch.interrupt()
  return seconds
}

export type BootResult = Awaited<ReturnType<typeof runBoot>>

/** Times three starts of a copy of the repository; prints the table and JSON line, returns the seconds. */
export async function runBoot() {
  const repo = copyRepo()
  try {
    const env = cleanEnv({ ...(await freeLauncherPorts()) })
    const fresh = await timedStart(repo.dir, env)
    rmSync(path.join(repo.dir, ".data"), { recursive: true, force: true })
    const cold = await timedStart(repo.dir, env)
    const warm = await timedStart(repo.dir, env)
    const rows = [
      ["fresh clone (builds, empty .data/)", fresh],
      ["cold (empty .data/, builds in place)", cold],
      ["warm (second start)", warm],
    ] as const
    console.log("\nnpm start until the storefront serves\n")
    console.log("| start | seconds | x warm |")
    console.log("|---|---:|---:|")
    for (const [name, seconds] of rows) {
      console.log(`| ${name} | ${seconds.toFixed(1)} | ${(seconds / warm).toFixed(1)} |`)
    }
    const result = { bench: "boot" as const, fresh, cold, warm }
    console.log(JSON.stringify(result))
    return result
  } finally {
    repo.remove()
  }
}

if (isMain(import.meta.url)) {
  await runBoot()
}
