import { copyFile, mkdir, readdir } from "node:fs/promises"
import path from "node:path"

/**
 * What a base backup leaves out, as pg_basebackup does: files that describe a running server, and
 * folders whose contents PostgreSQL rebuilds at start. The WAL is copied separately, after the backup ends.
 */
const SKIPPED_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "pg_internal.init", "current_logfiles"])
const EMPTIED_FOLDERS = new Set(["pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"])

const vanished = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT"

/** Copies a folder's files; a file the server removes meanwhile (a dropped table's) is simply not there. */
async function copyTree(from: string, to: string, keep: (name: string, isFolder: boolean, depth: number) => boolean, depth = 0): Promise<void> {
  await mkdir(to, { recursive: true, mode: 0o700 })
  const entries = await readdir(from, { withFileTypes: true }).catch((error) => (vanished(error) ? [] : Promise.reject(error)))
  for (const entry of entries) {
    if (!keep(entry.name, entry.isDirectory(), depth)) continue
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) {
      await copyTree(source, target, keep, depth + 1)
    } else if (entry.isFile()) {
      await copyFile(source, target).catch((error) => (vanished(error) ? undefined : Promise.reject(error)))
    }
  }
}

/** The cluster's files a base backup holds: every folder of EMPTIED_FOLDERS is there, empty. */
export async function copyClusterFiles(clusterDir: string, into: string) {
  await copyTree(clusterDir, into, (name, isFolder, depth) => {
    if (depth > 0) return !name.startsWith("pgsql_tmp")
    return isFolder ? !EMPTIED_FOLDERS.has(name) && !name.startsWith("pgsql_tmp") : !SKIPPED_FILES.has(name)
  })
  for (const folder of EMPTIED_FOLDERS) await mkdir(path.join(into, folder), { recursive: true, mode: 0o700 })
}

/** The WAL segments (and their archive_status folder), which replay the copy to the moment the backup ended. */
export function copyWal(clusterDir: string, into: string) {
  return copyTree(path.join(clusterDir, "pg_wal"), path.join(into, "pg_wal"), () => true)
}
