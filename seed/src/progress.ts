import { Presets, SingleBar } from "cli-progress"

export type Progress = { start: (label: string, total: number) => void; tick: (count?: number) => void; stop: () => void }

/**
 * A progress bar on a terminal; elsewhere (logs, tests) one line per stage,
 * so nothing floods a log file.
 */
export function createProgress(enabled = Boolean(process.stdout.isTTY)): Progress {
  let bar: SingleBar | undefined
  let label = ""
  return {
    start(nextLabel, total) {
      bar?.stop()
      label = nextLabel
      if (enabled) {
        bar = new SingleBar({ format: `${label.padEnd(22)} [{bar}] {value}/{total}`, hideCursor: true }, Presets.shades_classic)
        bar.start(total, 0)
      } else {
        process.stdout.write(`seed: ${label} (${total})\n`)
      }
    },
    tick(count = 1) {
      bar?.increment(count)
    },
    stop() {
      bar?.stop()
      bar = undefined
    },
  }
}
