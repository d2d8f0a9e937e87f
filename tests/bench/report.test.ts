import { describe, expect, it } from "vitest"
import { compareWithPrevious, markdownTable, README_END, README_START, replaceBetweenMarkers, type Metric } from "./report.ts"

const p95: Metric = { id: "load.list.p95", area: "load", label: "product list p95", value: 260, unit: "ms", better: "lower" }
const rps: Metric = { id: "catalogue.rps", area: "catalogue", label: "req/s", value: 15, unit: "req/s", better: "higher" }

describe("compareWithPrevious", () => {
  it("flags a latency that grew by more than 20% and a throughput that fell by more than 20%", () => {
    const [latency, throughput] = compareWithPrevious(
      [p95, rps],
      [
        { ...p95, value: 200 },
        { ...rps, value: 20 },
      ]
    )
    expect(latency).toMatchObject({ previous: 200, worseBy: 0.3, regressed: true })
    expect(throughput).toMatchObject({ previous: 20, worseBy: 0.25, regressed: true })
  })

  it("does not flag a change of 20% or less, nor an improvement of any size", () => {
    const [latency, throughput] = compareWithPrevious(
      [p95, rps],
      [
        { ...p95, value: 220 },
        { ...rps, value: 5 },
      ]
    )
    expect(latency.regressed).toBe(false)
    expect(throughput).toMatchObject({ regressed: false, worseBy: -2 })
  })

  it("leaves figures without a previous value unflagged (first run, or a figure added since)", () => {
    expect(compareWithPrevious([p95], undefined)[0]).toEqual(p95)
    expect(compareWithPrevious([p95], [{ ...rps }])[0].regressed).toBeUndefined()
    expect(compareWithPrevious([{ ...p95, value: null }], [p95])[0]).toMatchObject({ previous: 260 })
  })
})

describe("markdownTable", () => {
  it("shows the value, the same run's baseline, the previous value and a flagged regression", () => {
    const table = markdownTable(compareWithPrevious([{ ...p95, baseline: { label: "Node hello world", value: 1.2 } }], [{ ...p95, value: 200 }]))
    const row = table.split("\n")[2]
    expect(row).toBe("| load | product list p95 | 260 ms | Node hello world: 1.2 ms | 200 ms | **-30% ⚠ worse than -20%** |")
  })

  it("marks a figure with no previous run as new and an improvement with a plus sign", () => {
    const [fresh, better] = markdownTable(compareWithPrevious([p95, rps], [{ ...rps, value: 10 }]))
      .split("\n")
      .slice(2)
    expect(fresh.endsWith("| — | new |")).toBe(true)
    expect(better.endsWith("| 10 req/s | +50% |")).toBe(true)
  })
})

describe("replaceBetweenMarkers", () => {
  it("inserts the table after the anchor the first time and replaces only it on a rerun", () => {
    const readme = "# Title\n\n## Performance\n\nHand-written text.\n\n## Next\n"
    const once = replaceBetweenMarkers(readme, "| a |", "## Performance")
    expect(once).toContain(`## Performance\n\n${README_START}\n| a |\n${README_END}\n`)
    const twice = replaceBetweenMarkers(once, "| b |", "## Performance")
    expect(twice).toBe(once.replace("| a |", "| b |"))
    expect(twice).toContain("Hand-written text.")
  })
})
