import { launch } from "chrome-launcher"
import lighthouse from "lighthouse"
import { CHROMIUM_FLAGS as LAUNCH_FLAGS, findChromium, NO_CHROMIUM_REASON } from "../support/chromium.ts"

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const
export type Category = (typeof CATEGORIES)[number]
export type LighthouseResult = {
  name: string
  scores: Record<Category, number>
  lcpMs: number
  tbtMs: number
  cls: number
  /** Everything the page loaded, as transferred (compressed): what a buyer's data plan pays for. */
  weightKb: number
  failing: string[]
}

// The test browser's flags, plus headless: chrome-launcher, unlike playwright, does not add it.
const CHROMIUM_FLAGS = ["--headless=new", ...LAUNCH_FLAGS]

/**
 * One Lighthouse run with its defaults: a mid-range phone, simulated slow 4G and
 * a 4x slower CPU. A fresh Chromium each time, so no run warms the next one's cache.
 * `failing` names the audits that cost a category points, to say what to fix.
 */
export async function runLighthouse(name: string, url: string): Promise<LighthouseResult> {
  const chromePath = process.env.CHROME_PATH ?? findChromium()
  if (!chromePath) {
    throw new Error(NO_CHROMIUM_REASON)
  }
  const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: "silent" })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] })
    if (!result) {
      throw new Error(`Lighthouse returned nothing for ${url}`)
    }
    const { lhr } = result
    if (lhr.runtimeError) {
      throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`)
    }
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Record<Category, number>
    const failing = CATEGORIES.flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} ${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score}`)
    )
    const numeric = (id: string) => Math.round((lhr.audits[id]?.numericValue ?? NaN) * 1000) / 1000
    return {
      name,
      scores,
      lcpMs: Math.round(numeric("largest-contentful-paint")),
      tbtMs: Math.round(numeric("total-blocking-time")),
      cls: numeric("cumulative-layout-shift"),
      weightKb: Math.round(numeric("total-byte-weight") / 1024),
      failing,
    }
  } finally {
    chrome.kill()
  }
}

export function lighthouseTable(rows: LighthouseResult[]) {
  const lines = [
    "| page | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS | weight KB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ]
  for (const { name, scores, lcpMs, tbtMs, cls, weightKb } of rows) {
    lines.push(
      `| ${name} | ${scores.performance} | ${scores.accessibility} | ${scores["best-practices"]} | ${scores.seo} | ${lcpMs} | ${tbtMs} | ${cls} | ${weightKb} |`
    )
  }
  return lines.join("\n")
}
