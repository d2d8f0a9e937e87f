import type { StackConfig } from "../stack/config.ts"
import { archivesIn, pruneArchives } from "./archive-names.ts"
import { writeBackup } from "./write-backup.ts"

const HOUR = 3_600_000
/** A backup is due a day after the newest one; a little early is better than a day skipped by the hourly check's drift. */
const DUE_AFTER = 24 * HOUR - HOUR / 2

/**
 * Under `npm start` with BACKUP_DIR set: a backup at start when the newest is a day old (or there is
 * none), then checked every hour; archives older than BACKUP_KEEP_DAYS are removed. Each backup,
 * removal or failure is one line through `log`. Returns what stops the schedule.
 */
export function scheduleDailyBackups(config: StackConfig, log: (line: string) => void): () => void {
  if (!config.dailyBackups) return () => undefined
  let busy = false
  const backUpIfDue = async () => {
    if (busy) return
    busy = true
    try {
      const made = archivesIn(config.backupDir).map((archive) => archive.madeAt)
      if (made.length === 0 || Date.now() - Math.max(...made) >= DUE_AFTER) {
        const { file, bytes, seconds } = await writeBackup(config)
        log(`Backup written: ${file} (${(bytes / 1_048_576).toFixed(1)} MB in ${seconds.toFixed(1)} s)`)
      }
      for (const file of pruneArchives(config.backupDir, config.backupKeepDays)) {
        log(`Backup removed, older than ${config.backupKeepDays} days: ${file}`)
      }
    } catch (error) {
      log(`Backup failed: ${(error as Error).message}`)
    } finally {
      busy = false
    }
  }
  const first = setTimeout(backUpIfDue, 0)
  const hourly = setInterval(backUpIfDue, HOUR)
  return () => {
    clearTimeout(first)
    clearInterval(hourly)
  }
}
