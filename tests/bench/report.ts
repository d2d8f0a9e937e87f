// The pure part of `npm run bench`: figures in, comparison with the previous run and Markdown out.

/** One reported figure. `better` says which way is an improvement, so a change can be judged. */
export type Metric = {
  id: string
  area: string
  label: string
  value: number | null
  unit: string
  better: "lower" | "higher"
  /** What the same run measured as the reference for this figure (a ceiling, or Medusa's plain route). */
  baseline?: { label: string; value: number | null }
  note?: string
}

export type ComparedMetric = Metric & {
  previous?: number | null
  /** Relative change against the previous run, positive when worse, e.g. 0.25 = 25% worse. */
  worseBy?: number
  regressed?: boolean
}

export const REGRESSION_THRESHOLD = 0.2

/** Flags every figure that got worse than the previous run's by more than `threshold`. */
export function compareWithPrevious(current: Metric[], previous: Metric[] | undefined, threshold = REGRESSION_THRESHOLD): ComparedMetric[] {
  const before = new Map((previous ?? []).map((metric) => [metric.id, metric.value]))
  return current.map((metric) => {
    const old = before.get(metric.id)
    if (old === undefined || old === null || metric.value === null || old === 0) {
      return old === undefined ? { ...metric } : { ...metric, previous: old }
    }
    const change = (metric.value - old) / Math.abs(old)
    const worseBy = metric.better === "lower" ? change : -change
    return { ...metric, previous: old, worseBy: Math.round(worseBy * 1000) / 1000, regressed: worseBy > threshold }
  })
}

function format(value: number | null | undefined, unit = "") {
  if (value === null || value === undefined || Number.isNaN(value)) return "—"
  const digits = Math.abs(value) >= 100 ? 0 : 1
  const text = value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 })
  return unit ? `${text} ${unit}` : text
}

function change(metric: ComparedMetric) {
  if (metric.worseBy === undefined) return metric.previous === undefined ? "new" : "—"
  const percent = Math.round(-metric.worseBy * 100)
  const text = percent === 0 ? "±0%" : `${percent > 0 ? "+" : ""}${percent}%`
  return metric.regressed ? `**${text} ⚠ worse than -${REGRESSION_THRESHOLD * 100}%**` : text
}

/** The report as one Markdown table; "change" is positive when the figure improved. */
export function markdownTable(metrics: ComparedMetric[]) {
  const lines = ["| area | figure | value | baseline (same run) | previous run | change |", "|---|---|---:|---|---:|---:|"]
  for (const metric of metrics) {
    const baseline = metric.baseline ? `${metric.baseline.label}: ${format(metric.baseline.value, metric.unit)}` : ""
    const label = metric.note ? `${metric.label} (${metric.note})` : metric.label
    lines.push(
      `| ${metric.area} | ${label} | ${format(metric.value, metric.unit)} | ${baseline} | ${format(metric.previous, metric.unit)} | ${change(metric)} |`
    )
  }
  return lines.join("\n")
}

export const README_START = "<!-- bench:start (written by npm run bench; edits between the markers are replaced) -->"
export const README_END = "<!-- bench:end -->"

/** Puts `content` between the markers, replacing what a previous run wrote; appends the markers the first time. */
export function replaceBetweenMarkers(document: string, content: string, anchor?: string) {
  const block = `${README_START}\n${content.trim()}\n${README_END}`
  const start = document.indexOf(README_START)
  const end = document.indexOf(README_END)
  if (start !== -1 && end > start) {
    return document.slice(0, start) + block + document.slice(end + README_END.length)
  }
  if (anchor && document.includes(anchor)) {
    const at = document.indexOf(anchor) + anchor.length
    return `${document.slice(0, at)}\n\n${block}\n${document.slice(at)}`
  }
  return `${document.trimEnd()}\n\n${block}\n`
}
