import { existsSync, readFileSync } from "node:fs"
import { writeFile } from "node:fs/promises"
import path from "node:path"
import pg from "pg"
import { copyClusterFiles, copyWal } from "./cluster-files.ts"

export type RunningCluster = { pid: number; port: number }

/** The postmaster of a cluster, from its postmaster.pid (pid on the first line, port on the fourth), when it is alive. */
export function runningCluster(clusterDir: string): RunningCluster | undefined {
  const pidFile = path.join(clusterDir, "postmaster.pid")
  if (!existsSync(pidFile)) return undefined
  const lines = readFileSync(pidFile, "utf8").split("\n")
  const pid = Number(lines[0])
  try {
    process.kill(pid, 0)
  } catch {
    return undefined
  }
  return { pid, port: Number(lines[3]) }
}

export type ClusterSnapshot = { online: boolean; postgresVersion: string }

/**
 * Copies the embedded PostgreSQL's files into `into` so that, started there, they recover to one
 * consistent moment: the end of the copy. The package ships no pg_dump, so this is PostgreSQL's own
 * low-level base backup (pg_backup_start, a file copy, pg_backup_stop, then the WAL the copy needs),
 * taken while the shop serves. A stopped cluster's files are copied as they are.
 */
export async function snapshotEmbeddedCluster(clusterDir: string, password: string, into: string): Promise<ClusterSnapshot> {
  const postgresVersion = readFileSync(path.join(clusterDir, "PG_VERSION"), "utf8").trim()
  const running = runningCluster(clusterDir)
  if (!running) {
    await copyClusterFiles(clusterDir, into)
    await copyWal(clusterDir, into)
    return { online: false, postgresVersion }
  }
  const client = new pg.Client({ host: "localhost", port: running.port, user: "postgres", password, database: "postgres" })
  await client.connect()
  try {
    // A temporary slot keeps every WAL segment from here on until this session ends, so a checkpoint
    // during the copy cannot recycle what the copy needs to replay.
    await client.query("select pg_create_physical_replication_slot($1, true, true)", [`pasar_desa_backup_${process.pid}`])
    await client.query("select pg_backup_start($1, true)", [`pasar-desa ${new Date().toISOString()}`])
    await copyClusterFiles(clusterDir, into)
    const { rows } = await client.query<{ labelfile: string; spcmapfile: string }>("select labelfile, spcmapfile from pg_backup_stop(false)")
    await writeFile(path.join(into, "backup_label"), rows[0].labelfile)
    if (rows[0].spcmapfile) await writeFile(path.join(into, "tablespace_map"), rows[0].spcmapfile)
    await copyWal(clusterDir, into)
  } finally {
    await client.end()
  }
  return { online: true, postgresVersion }
}
