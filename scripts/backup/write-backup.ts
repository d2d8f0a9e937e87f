import { existsSync, readFileSync } from "node:fs"
import { chmod, copyFile, cp, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from "node:fs/promises"
import path from "node:path"
import * as tar from "tar"
import { privateFilesDir, uploadsDir } from "../stack/backend.ts"
import { StackError, type StackConfig } from "../stack/config.ts"
import { embeddedClusterDir } from "../stack/postgres.ts"
import { secretsFile, type StackSecrets } from "../stack/secrets.ts"
import { archiveName } from "./archive-names.ts"
import { dumpDatabase } from "./database-dump.ts"
import { snapshotEmbeddedCluster } from "./embedded-snapshot.ts"
import { MANIFEST_FILE, type BackupManifest } from "./manifest.ts"

export type WrittenBackup = { file: string; bytes: number; seconds: number; manifest: BackupManifest }

/**
 * One dated archive of a shop: its database (taken while it serves), the uploaded pictures, the
 * buyers' transfer receipts and the secrets its logins and data are read with. The archive holds
 * personal data and secrets, so only its owner may read it.
 */
export async function writeBackup(config: StackConfig, into = config.backupDir): Promise<WrittenBackup> {
  const started = Date.now()
  const secretsPath = secretsFile(config.dataDir)
  if (!existsSync(secretsPath)) {
    throw new StackError(`No shop in ${config.dataDir} to back up: start it once with npm start, or set PASAR_DATA_DIR to its data folder.`)
  }
  const secrets = JSON.parse(readFileSync(secretsPath, "utf8")) as StackSecrets
  const createdAt = new Date()
  await mkdir(into, { recursive: true, mode: 0o700 })
  const staging = await mkdtemp(path.join(into, ".partial-"))
  try {
    const database = config.databaseUrl
      ? { database: "pg_dump" as const, online: true, ...(await dumpDatabase(config.databaseUrl, path.join(staging, "database.dump"))) }
      : {
          database: "embedded-files" as const,
          ...(await snapshotEmbeddedCluster(embeddedClusterDir(config.dataDir), secrets.postgresPassword, path.join(staging, "postgres"))),
        }
    // Files after the database: a picture the database names was written before it, so it is in the copy.
    await copyFolderIfThere(uploadsDir(config.dataDir), path.join(staging, "uploads"))
    await copyFolderIfThere(privateFilesDir(config), path.join(staging, "private-files"))
    await copyFile(secretsPath, path.join(staging, "secrets.json"))
    const manifest: BackupManifest = { format: 1, createdAt: createdAt.toISOString(), ...database }
    await writeFile(path.join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + "\n")

    const file = path.join(into, archiveName(createdAt))
    const partial = path.join(into, `.${path.basename(file)}.partial`)
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, await readdir(staging))
    await chmod(partial, 0o600)
    await rename(partial, file)
    return { file, bytes: (await stat(file)).size, seconds: (Date.now() - started) / 1000, manifest }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function copyFolderIfThere(from: string, to: string) {
  if (existsSync(from)) await cp(from, to, { recursive: true })
}
