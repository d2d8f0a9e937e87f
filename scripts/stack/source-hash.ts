import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) {
    return []
  }
  if (!statSync(entry).isDirectory()) {
    return [entry]
  }
  return readdirSync(entry)
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)))
}

/** A digest of what a build reads, so an unchanged tree skips the build. */
export function hashSources(baseDir: string, entries: string[]) {
  const hash = createHash("sha256")
  for (const file of entries.flatMap((entry) => listFiles(path.join(baseDir, entry)))) {
    hash.update(path.relative(baseDir, file))
    hash.update(readFileSync(file))
  }
  return hash.digest("hex")
}
