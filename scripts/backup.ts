import { writeBackup } from "./backup/write-backup.ts"
import { readStackConfig, StackError } from "./stack/config.ts"

// `npm run backup`: one dated archive of the shop in BACKUP_DIR (default backups/), while it serves.
try {
  const { file, bytes, seconds, manifest } = await writeBackup(readStackConfig())
  const database =
    manifest.database === "pg_dump"
      ? "pg_dump of DATABASE_URL"
      : `embedded PostgreSQL ${manifest.postgresVersion}${manifest.online ? ", taken while serving" : ""}`
  console.log(`Backup written: ${file} (${(bytes / 1_048_576).toFixed(1)} MB in ${seconds.toFixed(1)} s; ${database}).
It holds personal data and the shop's secrets: keep it where only you can read it, and a copy off this machine.`)
} catch (error) {
  console.error(`✖ ${error instanceof StackError ? error.message : `The backup failed: ${(error as Error).stack}`}`)
  process.exit(1)
}
