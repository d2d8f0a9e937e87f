import { readdirSync, readFileSync } from "node:fs"

function children(pid: number) {
  const found: number[] = []
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name in field 2 may hold spaces: the parent pid is the second field after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) found.push(Number(entry))
    } catch {
      // The process ended while we looked.
    }
  }
  return found
}

function rssKb(pid: number) {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m)
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

/** Resident memory of a process and every descendant, in MB (Linux /proc): `medusa start` may fork its server. */
export function processTreeRssMb(pid: number) {
  let total = 0
  const queue = [pid]
  while (queue.length) {
    const next = queue.shift()!
    total += rssKb(next)
    queue.push(...children(next))
  }
  return Math.round((total / 1024) * 10) / 10
}
