import { existsSync, readFileSync, writeFileSync } from "node:fs"

/**
 * Replaces an erased buyer's email in the notification log file (one JSON line
 * per message sent), so the log stops carrying their contact. Answers how
 * many lines changed; a missing file changes nothing.
 */
export function eraseFromNotificationLog(file: string | undefined, email: string, placeholder: string): number {
  if (!file || !existsSync(file)) return 0
  const pattern = new RegExp(email.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi")
  let changed = 0
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .map((line) => {
      if (!pattern.test(line)) return line
      pattern.lastIndex = 0
      changed += 1
      return line.replace(pattern, placeholder)
    })
  if (changed) writeFileSync(file, lines.join("\n"))
  return changed
}
