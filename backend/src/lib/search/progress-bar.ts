/** A one-line progress bar on a terminal, a line per tenth otherwise (CI logs). */
export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  let done = 0
  let lastTenth = -1
  const draw = () => {
    const ratio = total ? Math.min(done / total, 1) : 1
    if (stream.isTTY) {
      const width = 30
      const filled = Math.round(ratio * width)
      stream.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.min(done, total)}/${total}`)
    } else if (Math.floor(ratio * 10) > lastTenth) {
      lastTenth = Math.floor(ratio * 10)
      stream.write(`${label}: ${Math.min(done, total)}/${total}\n`)
    }
  }
  draw()
  return {
    tick(count = 1) {
      done += count
      draw()
    },
    stop() {
      done = Math.max(done, total)
      draw()
      if (stream.isTTY) stream.write("\n")
    },
  }
}
