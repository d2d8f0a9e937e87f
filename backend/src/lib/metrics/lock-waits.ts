import type { Histogram } from "prom-client"

type Locking = {
  execute: (keys: unknown, job: () => Promise<unknown>, ...rest: unknown[]) => Promise<unknown>
  acquire: (keys: unknown, ...rest: unknown[]) => Promise<unknown>
}

/**
 * Times how long callers wait for Medusa's locks (a cart being completed, our
 * per-order and per-part locks): `execute` until its job starts, `acquire`
 * until it returns. Patched on the locking module's class, which every
 * container's instance shares, so Medusa's own workflow steps are measured too.
 */
export function measureLockWaits(locking: { prototype: Locking }, waits: Histogram<"outcome">) {
  const { execute, acquire } = locking.prototype
  locking.prototype.execute = async function (keys, job, ...rest) {
    const stop = waits.startTimer()
    let started = false
    const timedJob = () => {
      started = true
      stop({ outcome: "acquired" })
      return job()
    }
    return execute.call(this, keys, timedJob, ...rest).catch((error: unknown) => {
      if (!started) stop({ outcome: "refused" })
      throw error
    })
  }
  locking.prototype.acquire = async function (keys, ...rest) {
    const stop = waits.startTimer()
    try {
      const acquired = await acquire.call(this, keys, ...rest)
      stop({ outcome: "acquired" })
      return acquired
    } catch (error) {
      stop({ outcome: "refused" })
      throw error
    }
  }
}
