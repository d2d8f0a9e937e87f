import path from "node:path"
import { restoreBackup } from "./backup/restore-backup.ts"
import { readStackConfig, StackError } from "./stack/config.ts"

// `npm run restore -- <archive>`: into an empty data folder (PASAR_DATA_DIR, default .data), or an empty DATABASE_URL database.
const archive = process.argv[2]
if (!archive) {
  console.error("✖ Name the archive to restore: npm run restore -- backups/pasar-desa-….tar.gz")
  process.exit(1)
}
try {
  const config = readStackConfig()
  const manifest = await restoreBackup(path.resolve(archive), config)
  console.log(
    `Restored the backup of ${manifest.createdAt} into ${config.databaseUrl ? "the database at DATABASE_URL and " : ""}${config.dataDir}. Start the shop with npm start.`
  )
} catch (error) {
  console.error(`✖ ${error instanceof StackError ? error.message : `The restore failed: ${(error as Error).stack}`}`)
  process.exit(1)
}
