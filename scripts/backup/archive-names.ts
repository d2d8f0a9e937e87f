import { readdirSync, rmSync } from "node:fs"
import path from "node:path"

const NAME = /^pasar-desa-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})Z\.tar\.gz$/
const pad = (value: number) => String(value).padStart(2, "0")

/** `pasar-desa-2026-12-07-031500Z.tar.gz`: dated in UTC, sorting as it was made. */
export function archiveName(at: Date) {
  const date = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`
  return `pasar-desa-${date}-${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z.tar.gz`
}

/** The archives in a folder with the time each was made, read from its name (a copied file keeps its name, not its mtime). */
export function archivesIn(dir: string): Array<{ file: string; madeAt: number }> {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const parts = NAME.exec(name)?.slice(1).map(Number)
    if (!parts) return []
    const [year, month, day, hours, minutes, seconds] = parts
    return [{ file: path.join(dir, name), madeAt: Date.UTC(year, month - 1, day, hours, minutes, seconds) }]
  })
}

/** Removes the archives made more than `keepDays` days ago; returns their paths. */
export function pruneArchives(dir: string, keepDays: number, now = Date.now()): string[] {
  const old = archivesIn(dir).filter((archive) => now - archive.madeAt > keepDays * 86_400_000)
  for (const archive of old) rmSync(archive.file, { force: true })
  return old.map((archive) => archive.file)
}
