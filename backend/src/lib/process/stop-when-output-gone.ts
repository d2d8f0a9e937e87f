/**
 * Stops the server once nobody reads its output any more.
 *
 * Medusa's CLI catches every uncaught exception and only logs it. When the
 * process reading the server's output is gone (its launcher was killed, or
 * exited before the server did), the next log line fails with EPIPE, which
 * arrives as an uncaught exception, whose own log line fails again: the server
 * spun on a core for ever, still holding its port, and a signal to stop it
 * never got a turn. Handling the stream's error ends that loop; the server
 * then shuts down the way a signal would have asked it to.
 */
export function stopWhenOutputIsGone(
  streams: NodeJS.WritableStream[] = [process.stdout, process.stderr],
  stop: () => void = () => process.kill(process.pid, "SIGTERM"),
  forceAfterMs = 10_000
) {
  let stopping = false
  for (const stream of streams) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" || stopping) return
      stopping = true
      stop()
      // A shutdown that waits on something that never ends must not keep the port.
      setTimeout(() => process.exit(1), forceAfterMs).unref()
    })
  }
}
