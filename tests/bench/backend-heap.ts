import { setTimeout as sleep } from "node:timers/promises"

/** Node's inspector port when SIGUSR1 opens it. */
const INSPECTOR = "http://127.0.0.1:9229"

export type HeapProbe = {
  /** Heap in use now, garbage included; its lows over a minute are what collections leave. Forces nothing. */
  heapUsedMb(): Promise<number>
  close(): void
}

/**
 * Opens the inspector of a running Node process (SIGUSR1, Node's own switch; nothing to start it with)
 * to read its heap. RSS alone cannot tell a leak from V8 letting garbage pile up before a full
 * collection; the heap's lows can. It never forces a collection: a forced one shrinks the heap and
 * RSS with it, and the regrowth would then read as growth. Null when the inspector does not come up.
 */
export async function openHeapProbe(pid: number): Promise<HeapProbe | null> {
  process.kill(pid, "SIGUSR1")
  let url: string | undefined
  for (let attempt = 0; attempt < 20 && !url; attempt++) {
    await sleep(250)
    url = await fetch(`${INSPECTOR}/json/list`)
      .then((response) => response.json() as Promise<{ webSocketDebuggerUrl: string }[]>)
      .then(
        (targets) => targets[0]?.webSocketDebuggerUrl,
        () => undefined
      )
  }
  if (!url) return null
  const socket = new WebSocket(url)
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve, { once: true })
    socket.addEventListener("error", reject, { once: true })
  })
  let nextId = 0
  const waiting = new Map<number, (result: any) => void>()
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data))
    waiting.get(message.id)?.(message.result)
    waiting.delete(message.id)
  })
  const call = (method: string) =>
    new Promise<any>((resolve) => {
      const id = ++nextId
      waiting.set(id, resolve)
      socket.send(JSON.stringify({ id, method }))
    })
  return {
    async heapUsedMb() {
      const usage = await call("Runtime.getHeapUsage")
      return Math.round((usage.usedSize / 1048576) * 10) / 10
    },
    close: () => socket.close(),
  }
}
