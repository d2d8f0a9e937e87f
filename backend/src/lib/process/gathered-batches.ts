/**
 * Work asked for in a burst, done once. Events arrive in bursts (a seed, an
 * import, an order with many lines), and a handler per event that rewrites
 * what its event touched would read and write the same rows once per event.
 * Callers join the batch that is gathering; it starts after `gatherMs`, or at
 * once when it holds `most` items (so no batch grows past what one run should
 * hold), so what it reads is at least as new as every call that joined it,
 * and each caller's promise settles when that batch is done (or failed). A
 * call made while a batch runs joins the next one: the running one may have
 * read its rows already.
 */
export function gatheredBatches<T>(run: (items: T[]) => Promise<void>, { gatherMs, most = Infinity }: { gatherMs: number; most?: number }) {
  let gathering: { items: Set<T>; done: Promise<void>; startNow: () => void } | undefined

  function newBatch() {
    let startNow = () => {}
    const items = new Set<T>()
    const started = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, gatherMs)
      startNow = () => (clearTimeout(timer), resolve())
    })
    const batch = {
      items,
      startNow,
      done: started.then(() => {
        if (gathering === batch) gathering = undefined
        return run([...items])
      }),
    }
    return batch
  }

  return function join(items: T[]): Promise<void> {
    const joined: Promise<void>[] = []
    for (const item of items) {
      gathering ??= newBatch()
      const batch = gathering
      batch.items.add(item)
      if (joined.at(-1) !== batch.done) joined.push(batch.done)
      if (batch.items.size >= most) {
        gathering = undefined
        batch.startNow()
      }
    }
    return Promise.all(joined).then(() => undefined)
  }
}
