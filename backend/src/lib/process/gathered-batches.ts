/**
 * Work asked for in a burst, done once. Events arrive in bursts (a seed, an
 * import, an order with many lines), and a handler per event that rewrites
 * what its event touched would read and write the same rows once per event.
 * Callers join the batch that is gathering; it starts after `gatherMs`, so
 * what it reads is at least as new as every call that joined it, and each
 * caller's promise settles when that batch is done (or failed). A call made
 * while a batch runs waits for the next one: the running one may have read
 * its rows already.
 */
export function gatheredBatches<T>(run: (items: T[]) => Promise<void>, { gatherMs }: { gatherMs: number }) {
  let gathering: { items: Set<T>; done: Promise<void> } | undefined
  return function join(items: T[]): Promise<void> {
    if (!items.length) return Promise.resolve()
    if (!gathering) {
      const batch = { items: new Set<T>(), done: Promise.resolve() }
      batch.done = new Promise((resolve) => setTimeout(resolve, gatherMs)).then(() => {
        gathering = undefined
        return run([...batch.items])
      })
      gathering = batch
    }
    for (const item of items) gathering.items.add(item)
    return gathering.done
  }
}
