import { Histogram, Registry } from "prom-client"
import { describe, expect, it } from "vitest"
import { measureLockWaits } from "./lock-waits"

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A lock held by someone else for `heldMs`, then given (or, with `timesOut`, refused), as Medusa's providers do. */
class SlowLock {
  constructor(
    private heldMs: number,
    private timesOut = false
  ) {}
  async execute(_keys: unknown, job: () => Promise<unknown>) {
    await pause(this.heldMs)
    if (this.timesOut) throw new Error("Timed-out acquiring lock.")
    return job()
  }
  async acquire() {
    await pause(this.heldMs)
    if (this.timesOut) throw new Error("Timed-out acquiring lock.")
  }
}

async function observed(waits: Histogram<"outcome">, outcome: string) {
  const { values } = await waits.get()
  const of = (name: string) => values.find((value) => value.metricName === name && value.labels.outcome === outcome)?.value ?? 0
  return { count: of("lock_wait_seconds_count"), sum: of("lock_wait_seconds_sum") }
}

describe("lock waits for /metrics", () => {
  it("times the wait until the job starts, not the job itself, and counts a timed-out wait as refused", async () => {
    const waits = new Histogram({ name: "lock_wait_seconds", help: "test", labelNames: ["outcome"] as const, registers: [new Registry()] })
    const Lock = class extends SlowLock {}
    measureLockWaits(Lock as never, waits)

    expect(await new Lock(60).execute("cart_1", async () => (await pause(200), "done"))).toBe("done")
    const acquired = await observed(waits, "acquired")
    expect(acquired.count).toBe(1)
    expect(acquired.sum).toBeGreaterThanOrEqual(0.05)
    expect(acquired.sum).toBeLessThan(0.2)

    await new Lock(10).acquire()
    expect((await observed(waits, "acquired")).count).toBe(2)

    await expect(new Lock(10, true).execute("cart_1", async () => "never")).rejects.toThrow("Timed-out")
    await expect(new Lock(10, true).acquire()).rejects.toThrow("Timed-out")
    expect((await observed(waits, "refused")).count).toBe(2)
  })
})
