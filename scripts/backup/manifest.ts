import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { StackError } from "../stack/config.ts"

/** What an archive says of itself, in manifest.json at its root. */
export type BackupManifest = {
  format: 1
  createdAt: string
  /** `embedded-files`: the embedded PostgreSQL's files (postgres/); `pg_dump`: a custom-format dump of DATABASE_URL (database.dump). */
  database: "embedded-files" | "pg_dump"
  postgresVersion: string
  /** Taken while the shop served. */
  online: boolean
}

export const MANIFEST_FILE = "manifest.json"

export function readManifest(dir: string): BackupManifest {
  const file = path.join(dir, MANIFEST_FILE)
  const manifest = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Partial<BackupManifest>) : {}
  if (manifest.format !== 1 || (manifest.database !== "embedded-files" && manifest.database !== "pg_dump")) {
    throw new StackError(
      "This file is not a Pasar Desa backup (no manifest.json of a known format): give the path of a pasar-desa-….tar.gz that npm run backup wrote."
    )
  }
  return manifest as BackupManifest
}
