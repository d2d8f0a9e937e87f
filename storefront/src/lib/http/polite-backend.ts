/**
 * The backend sheds load: past its places it answers 503 at once and does
 * nothing (`server_busy`). One storefront render asks for several things at
 * once, and a few renders together (after a catalogue change, or with a cold
 * cache) took more places than the backend has: buyers saw the busy page at
 * 20 requests a second. So the storefront sends at most `mostAtOnce` requests
 * at a time, in the order they were asked, and asks a refused GET again after
 * a short pause, a few times, before the page says the shop is busy.
 */
export type Send<T> = (input: unknown, init?: { method?: string }) => Promise<T>

const refusedAsBusy = (error: unknown) => (error as { status?: number } | null)?.status === 503
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function politeBackend<T>(send: Send<T>, { mostAtOnce, pausesMs }: { mostAtOnce: number; pausesMs: number[] }): Send<T> {
  let sending = 0
  const waiting: Array<() => void> = []
  const place = () => (sending < mostAtOnce ? (sending++, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve)))
  const leave = () => {
    const next = waiting.shift()
    if (next) next()
    else sending--
  }
  const once = async (input: unknown, init?: { method?: string }) => {
    await place()
    try {
      return await send(input, init)
    } finally {
      leave()
    }
  }
  return async (input, init) => {
    const idempotent = (init?.method ?? "GET").toUpperCase() === "GET"
    for (const pause of idempotent ? pausesMs : []) {
      try {
        return await once(input, init)
      } catch (error) {
        if (!refusedAsBusy(error)) throw error
        // A little randomness, so requests refused together do not come back together.
        await sleep(pause * (0.75 + Math.random() / 2))
      }
    }
    return once(input, init)
  }
}
