import { describe, expect, it } from "vitest"
import { gatheredBatches } from "./gathered-batches"

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe("gatheredBatches", () => {
  it("does a burst of calls once, with every item asked for", async () => {
    const runs: string[][] = []
    const join = gatheredBatches(async (items: string[]) => void runs.push(items.sort()), { gatherMs: 5 })
    await Promise.all([join(["a", "b"]), join(["b"]), join(["c"])])
    expect(runs).toEqual([["a", "b", "c"]])
  })

  it("gives a call made while a batch runs to the next batch, so it is not answered by an older read", async () => {
    const runs: string[][] = []
    let release = () => {}
    const join = gatheredBatches(
      async (items: string[]) => {
        runs.push(items)
        if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve))
      },
      { gatherMs: 1 }
    )
    const first = join(["a"])
    await sleep(10)
    let laterDone = false
    const later = join(["a"]).then(() => (laterDone = true))
    await sleep(10)
    expect(runs).toEqual([["a"], ["a"]])
    release()
    await Promise.all([first, later])
    expect(laterDone).toBe(true)
  })

  it("fails every caller of a batch that failed, and the next batch still runs", async () => {
    let fail = true
    const join = gatheredBatches(
      async () => {
        if (fail) throw new Error("database gone")
      },
      { gatherMs: 1 }
    )
    const results = await Promise.allSettled([join(["a"]), join(["b"])])
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"])
    fail = false
    await expect(join(["c"])).resolves.toBeUndefined()
  })

  it("starts a batch at once when it holds the most it may, and gathers the rest in the next", async () => {
    const runs: string[][] = []
    const join = gatheredBatches(async (items: string[]) => void runs.push(items), { gatherMs: 60_000, most: 2 })
    await join(["a", "b", "c", "d"])
    expect(runs).toEqual([
      ["a", "b"],
      ["c", "d"],
    ])
  })

  it("asks nothing for an empty call", async () => {
    let runs = 0
    const join = gatheredBatches(async () => void runs++, { gatherMs: 1 })
    await join([])
    expect(runs).toBe(0)
  })
})
