// npm run bench [-- --quick] [-- --soak-minutes N] [-- --only boot,catalogue,page-reads,storefront,search,checkout,load,traffic,store-api]:
// every benchmark in one run, each figure beside its baseline from the same run and the previous run's value;
// writes bench/results/latest.json and latest.md and the table in docs/performance.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { REPO_ROOT } from "../../scripts/stack/config.ts"
import { runBoot, type BootResult } from "./boot.ts"
import { runCatalogue, type CatalogueResult } from "./catalogue.ts"
import { runCheckout, type CheckoutResult } from "./checkout.ts"
import { rateTable, runLoad, type LoadBenchResult } from "./load.ts"
import { compareWithPrevious, markdownTable, replaceBetweenMarkers, type ComparedMetric, type Metric } from "./report.ts"
import { runSearch, type SearchResult } from "./search.ts"
import { runStorefront, type StorefrontResult } from "./storefront.ts"
import { runPageReads, type PageReadsResult } from "./page-reads.ts"
import { runTraffic, type TrafficResult } from "./traffic.ts"
import { runStoreApi, type StoreApiResult } from "./store-api.ts"

const BENCHES = ["boot", "catalogue", "page-reads", "storefront", "search", "checkout", "load", "traffic", "store-api"] as const
type Bench = (typeof BENCHES)[number]
const RESULTS_DIR = path.join(REPO_ROOT, "bench", "results")
const PERFORMANCE_PAGE = path.join(REPO_ROOT, "docs", "performance.md")

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    "soak-minutes": { type: "string" },
    only: { type: "string" },
  },
})
const quick = values.quick
const soakMinutes = Number(values["soak-minutes"] ?? process.env.BENCH_SOAK_MINUTES ?? (quick ? 1 : 10))
const only = new Set((values.only ?? BENCHES.join(",")).split(",").map((name) => name.trim()))
for (const name of only) {
  if (!BENCHES.includes(name as Bench)) {
    console.error(`✖ --only ${name}: not a benchmark (${BENCHES.join(", ")})`)
    process.exit(1)
  }
}
// Quick: short phases for checking that everything runs; the figures are not comparable with a full run's.
const settings = quick
  ? {
      catalogue: { seconds: 3, rounds: 1 },
      pageReads: { rounds: 20 },
      storefront: { seconds: 3 },
      search: { products: 228, queries: 100 },
      checkout: { requests: 10 },
      load: { seconds: 5, soakMinutes, ceilingSeconds: 3 },
      traffic: { seconds: 5, rates: [50] },
      storeApi: { seconds: 5, rates: [50] },
    }
  : {
      catalogue: { seconds: 10, rounds: 2 },
      pageReads: { rounds: 100 },
      storefront: { seconds: 10 },
      search: { products: 1000, queries: 500 },
      checkout: { requests: 40 },
      load: { seconds: 10, soakMinutes, ceilingSeconds: 5 },
      traffic: { seconds: 20, rates: [20, 50, 100] },
      storeApi: { seconds: 20, rates: [20, 50, 100] },
    }

type Results = {
  boot?: BootResult
  catalogue?: CatalogueResult
  "page-reads"?: PageReadsResult
  storefront?: StorefrontResult
  search?: SearchResult
  checkout?: CheckoutResult
  load?: LoadBenchResult
  traffic?: TrafficResult
  "store-api"?: StoreApiResult
}
const runners: Record<Bench, () => Promise<unknown>> = {
  boot: () => runBoot(),
  catalogue: () => runCatalogue(settings.catalogue),
  "page-reads": () => runPageReads(settings.pageReads),
  storefront: () => runStorefront(settings.storefront),
  search: () => runSearch(settings.search),
  checkout: () => runCheckout(settings.checkout),
  load: () => runLoad(settings.load),
  traffic: () => runTraffic(settings.traffic),
  "store-api": () => runStoreApi(settings.storeApi),
}

const previousFile = path.join(RESULTS_DIR, "latest.json")
// Read before anything is overwritten: this is what "previous run" means in the table.
const previous = existsSync(previousFile) ? (JSON.parse(readFileSync(previousFile, "utf8")) as { metrics?: Metric[]; mode?: string; date?: string }) : undefined

const startedAt = new Date()
const loadAtStart = os.loadavg()
const results: Results = {}
const failures: Record<string, string> = {}
const durations: Record<string, number> = {}
for (const name of BENCHES.filter((bench) => only.has(bench))) {
  console.log(`\n=== ${name} ===`)
  const began = performance.now()
  try {
    ;(results as Record<string, unknown>)[name] = await runners[name]()
  } catch (error) {
    failures[name] = error instanceof Error ? error.message : String(error)
    console.error(`✖ ${name} failed: ${failures[name]}`)
  }
  durations[name] = Math.round((performance.now() - began) / 1000)
}
const loadAtEnd = os.loadavg()

const metrics = toMetrics(results)
// A quick run's figures come from shorter phases: compare like with like only.
const comparable = previous && (previous.mode ?? "full") === (quick ? "quick" : "full") ? previous.metrics : undefined
const compared = compareWithPrevious(metrics, comparable)
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  loadAverageAtStart: loadAtStart.map((value) => Math.round(value * 100) / 100),
  loadAverageAtEnd: loadAtEnd.map((value) => Math.round(value * 100) / 100),
  node: process.version,
  platform: `${os.type()} ${os.release()}`,
}
const report = {
  date: startedAt.toISOString(),
  finished: new Date().toISOString(),
  mode: quick ? "quick" : "full",
  settings,
  machine,
  durations,
  previous: previous ? { date: previous.date, mode: previous.mode, comparedWith: Boolean(comparable) } : null,
  regressions: compared.filter((metric) => metric.regressed).map((metric) => metric.id),
  failures,
  metrics: compared,
  results,
}
mkdirSync(RESULTS_DIR, { recursive: true })
writeFileSync(previousFile, JSON.stringify(report, null, 2) + "\n")
const markdown = renderMarkdown(compared)
writeFileSync(path.join(RESULTS_DIR, "latest.md"), markdown + "\n")
if (!quick && only.size === BENCHES.length) {
  // Only a full run of everything speaks for the project on its performance page.
  writeFileSync(PERFORMANCE_PAGE, replaceBetweenMarkers(readFileSync(PERFORMANCE_PAGE, "utf8"), markdown, "# Performance"))
}
console.log(
  `\n${markdown}\n\nWrote bench/results/latest.json and latest.md${!quick && only.size === BENCHES.length ? " and the table in docs/performance.md" : ""}.`
)
if (Object.keys(failures).length) process.exitCode = 1

function renderMarkdown(rows: ComparedMetric[]) {
  const load = (value: number[]) => value.map((entry) => entry.toFixed(2)).join(" / ")
  const lines = [
    `\`npm run bench${quick ? " -- --quick" : ""}\` on ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC: ${machine.cpus} cores, Node ${machine.node}, load average (1 / 5 / 15 min) ${load(machine.loadAverageAtStart)} at the start, ${load(machine.loadAverageAtEnd)} at the end; ${Math.round(Object.values(durations).reduce((sum, value) => sum + value, 0) / 60)} min in all.`,
    comparable
      ? `Change is against the previous ${report.mode} run (${previous!.date?.slice(0, 16).replace("T", " ")} UTC); positive is better, and a figure worse by more than 20% is flagged ⚠.`
      : "No previous run of this kind to compare with.",
    "",
  ]
  if (Object.keys(failures).length) {
    lines.push(
      `Failed: ${Object.entries(failures)
        .map(([name, message]) => `${name} (${message.split("\n")[0]})`)
        .join("; ")}`,
      ""
    )
  }
  lines.push(markdownTable(rows))
  if (results.load) {
    lines.push(
      "",
      `Fixed-rate load (open model: requests leave on schedule whatever the answers; latency from the scheduled time; ${results.load.secondsPerRate} s per rate; a request unanswered after 5 s is an error; percentiles are of the answered requests, so read them with the errors column):`,
      "",
      rateTable(results.load)
    )
  }
  if (results.load?.soak) {
    const soak = results.load.soak
    const heapLows =
      soak.heapLowStartMb != null && soak.heapLowEndMb != null
        ? `; heap in use at its lowest ${soak.heapLowStartMb} MB in the first quarter, ${soak.heapLowEndMb} MB in the last`
        : ""
    lines.push(
      "",
      `Soak: ${soak.minutes} min at ${soak.rate} req/s (pages, products, searches, a list) after ${soak.warmUpSeconds} s of warm-up at that rate, backend RSS ${soak.rssAfterWarmUpMb} → ${soak.rssEndMb} MB (${(soak.growth * 100).toFixed(1)}%, limit ${soak.maxGrowth * 100}%)${heapLows}, ${soak.errors} errors of ${soak.sent}, p95 ${soak.p95} ms: **${soak.passed ? "pass" : "fail"}**.`
    )
  }
  return lines.join("\n")
}

/** The headline figures of every bench, each with its same-run baseline where one exists. */
function toMetrics(all: Results): Metric[] {
  const out: Metric[] = []
  const add = (metric: Metric) => out.push(metric)
  const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? null : value)

  if (all.load) {
    const load = all.load
    const [hello, staticFile] = load.ceilingThroughput
    add({
      id: "ceiling.hello.rps",
      area: "ceiling",
      label: "Node http hello world, 10 connections",
      value: hello.requestsPerSecond,
      unit: "req/s",
      better: "higher",
    })
    add({
      id: "ceiling.static.rps",
      area: "ceiling",
      label: "static file served by Node, 10 connections",
      value: staticFile.requestsPerSecond,
      unit: "req/s",
      better: "higher",
    })
    add({
      id: "ceiling.plain-list.rps",
      area: "ceiling",
      label: "Medusa's plain GET /store/products?limit=24, 10 connections",
      value: load.plainListThroughput.requestsPerSecond,
      unit: "req/s",
      better: "higher",
      baseline: { label: "hello world", value: hello.requestsPerSecond },
    })
    const helloRows = load.ceilings[0]
    const slug = (target: string) =>
      target
        .replace(/^(store|storefront): /, "$1-")
        .replace(/\(.*\)/, "")
        .trim()
        .replace(/[^a-z0-9]+/gi, "-")
        .replace(/-+$/, "")
        .toLowerCase()
    const sweep = (area: string, summaries: typeof load.uncached, suffix = "") => {
      for (const summary of summaries) {
        add({
          id: `${area}.${slug(summary.target)}.best-rate`,
          area,
          label: `${summary.target}: highest rate with p95 ≤ ${load.p95BudgetMs} ms${suffix}`,
          value: summary.highestRateWithinBudget ?? 0,
          unit: "req/s",
          better: "higher",
          baseline: { label: "hello world", value: helloRows.highestRateWithinBudget },
        })
        for (const row of summary.rows) {
          add({
            id: `${area}.${slug(summary.target)}.${row.rate}.p95`,
            area,
            label: `${summary.target} at ${row.rate} req/s: p95${suffix}`,
            value: ms(row.p95),
            unit: "ms",
            better: "lower",
            baseline: { label: "hello world", value: helloRows.rows.find((hello) => hello.rate === row.rate)?.p95 ?? null },
          })
        }
      }
    }
    sweep("load", load.uncached)
    sweep("load", load.storefront)
    if (load.cached) {
      for (const summary of load.cached) {
        const without = load.uncached.find((entry) => entry.target === summary.target)
        for (const row of summary.rows) {
          add({
            id: `caching.${slug(summary.target)}.${row.rate}.p95`,
            area: "caching",
            label: `${summary.target} at ${row.rate} req/s: p95 with MEDUSA_FF_CACHING + Redis`,
            value: ms(row.p95),
            unit: "ms",
            better: "lower",
            baseline: { label: "without caching", value: without?.rows.find((other) => other.rate === row.rate)?.p95 ?? null },
            note: `${row.errors}/${row.sent} errors; without: ${without?.rows.find((other) => other.rate === row.rate)?.errors ?? "?"}`,
          })
        }
        add({
          id: `caching.${slug(summary.target)}.best-rate`,
          area: "caching",
          label: `${summary.target}: highest rate with p95 ≤ ${load.p95BudgetMs} ms, caching on`,
          value: summary.highestRateWithinBudget ?? 0,
          unit: "req/s",
          better: "higher",
          baseline: { label: "without caching", value: without?.highestRateWithinBudget ?? 0 },
        })
      }
    }
    if (load.soak) {
      const soak = load.soak
      add({
        id: "soak.rss-growth",
        area: "soak",
        label: `backend RSS growth after warm-up, ${soak.minutes} min at ${soak.rate} req/s (limit 10%)`,
        value: Math.round(soak.growth * 1000) / 10,
        unit: "%",
        better: "lower",
        note: soak.passed ? "pass" : "FAIL",
      })
      if (soak.heapLowStartMb != null && soak.heapLowEndMb != null) {
        const heapLowGrowth = Math.round(((soak.heapLowEndMb - soak.heapLowStartMb) / soak.heapLowStartMb) * 1000) / 10
        add({
          id: "soak.heap-low-growth",
          area: "soak",
          label: `backend heap lows (after collections), first to last quarter of the soak, ${soak.heapLowStartMb} → ${soak.heapLowEndMb} MB`,
          value: heapLowGrowth,
          unit: "%",
          better: "lower",
        })
      }
      add({ id: "soak.errors", area: "soak", label: "soak errors", value: soak.errors, unit: "", better: "lower" })
      add({ id: "soak.p95", area: "soak", label: "soak p95, mixed", value: ms(soak.p95), unit: "ms", better: "lower" })
    }
  }

  if (all.boot) {
    const { fresh, cold, warm } = all.boot
    add({
      id: "boot.fresh",
      area: "boot",
      label: "npm start, fresh clone (builds)",
      value: Math.round(fresh * 10) / 10,
      unit: "s",
      better: "lower",
      baseline: { label: "warm start", value: Math.round(warm * 10) / 10 },
    })
    add({
      id: "boot.cold",
      area: "boot",
      label: "npm start, empty .data/",
      value: Math.round(cold * 10) / 10,
      unit: "s",
      better: "lower",
      baseline: { label: "warm start", value: Math.round(warm * 10) / 10 },
    })
    add({ id: "boot.warm", area: "boot", label: "npm start, warm", value: Math.round(warm * 10) / 10, unit: "s", better: "lower" })
  }

  if (all.catalogue) {
    const average = (name: string, key: "requestsPerSecond" | "p95") => {
      const rows = all.catalogue!.rows.filter((row) => row.name.startsWith(name))
      return Math.round((rows.reduce((sum, row) => sum + row[key], 0) / rows.length) * 10) / 10
    }
    add({
      id: "catalogue.linked.rps",
      area: "catalogue",
      label: "product list with producer + village, 10 connections",
      value: average("ours", "requestsPerSecond"),
      unit: "req/s",
      better: "higher",
      baseline: { label: "Medusa's plain list", value: average("plain", "requestsPerSecond") },
    })
    add({
      id: "catalogue.linked.p95",
      area: "catalogue",
      label: "product list with producer + village: p95",
      value: average("ours", "p95"),
      unit: "ms",
      better: "lower",
      baseline: { label: "Medusa's plain list", value: average("plain", "p95") },
    })
  }

  if (all.storefront) {
    const rows = all.storefront.rows
    for (const page of ["home", "listing", "product"]) {
      const cached = rows.find((row) => row.name.startsWith(`${page} `) && row.name.endsWith("cached"))
      const rendered = rows.find((row) => row.name.startsWith(`${page}, rendered`))
      const twin = rows.find((row) => row.name.startsWith(`static twin of ${page}`))
      if (cached)
        add({
          id: `storefront.${page}.cached.rps`,
          area: "storefront",
          label: `${page} page from the page cache, 10 connections`,
          value: cached.requestsPerSecond,
          unit: "req/s",
          better: "higher",
          baseline: { label: "the same bytes from node:http", value: twin?.requestsPerSecond ?? null },
        })
      if (rendered)
        add({
          id: `storefront.${page}.rendered.p95`,
          area: "storefront",
          label: `${page} page rendered (cache off): p95`,
          value: rendered.p95,
          unit: "ms",
          better: "lower",
          baseline: { label: "cached", value: cached?.p95 ?? null },
        })
    }
    for (const audit of all.storefront.lighthouse) {
      add({
        id: `lighthouse.${audit.name.split(" ")[0]}.performance`,
        area: "lighthouse",
        label: `${audit.name.split(" ")[0]} page, mobile performance score`,
        value: audit.scores.performance,
        unit: "",
        better: "higher",
        baseline: { label: "target", value: 95 },
      })
    }
  }

  if (all.search) {
    for (const engine of all.search.engines) {
      add({
        id: `search.${engine.engine}.p95`,
        area: "search",
        label: `${engine.engine}, ${engine.indexedProducts} products, ${all.search.queries} queries one at a time: p95`,
        value: engine.p95,
        unit: "ms",
        better: "lower",
        baseline: { label: "target", value: engine.targetP95 },
      })
      add({ id: `search.${engine.engine}.p50`, area: "search", label: `${engine.engine}: p50`, value: engine.p50, unit: "ms", better: "lower" })
    }
  }

  const pageReads = all["page-reads"]
  if (pageReads) {
    for (const row of pageReads.rows.filter((entry) => entry.reads.startsWith("views"))) {
      const baseline = pageReads.rows.find((entry) => entry.page === row.page && entry.reads === row.reads.replace("views", "medusa"))
      add({
        id: `page-reads.${row.page.replace(/\W+/g, "-").replace(/-$/, "")}.${row.reads === "views" ? "products" : "all"}.p95`,
        area: "page reads",
        label: `${row.page}, backend reads ${row.reads === "views" ? "of its products" : "in all"} (uncached, one page at a time): p95`,
        value: row.p95,
        unit: "ms",
        better: "lower",
        baseline: { label: "from Medusa's product list", value: baseline?.p95 ?? null },
      })
    }
  }
  if (all.traffic) {
    const none = new Map(all.traffic.rows.filter((row) => row.changes === "no change").map((row) => [row.rate, row.p95]))
    for (const row of all.traffic.rows.filter((entry) => entry.changes !== "no change")) {
      add({
        id: `traffic.${row.changes.replace(/\W+/g, "-")}.${row.rate}.p95`,
        area: "traffic",
        label: `catalogue pages at ${row.rate} req/s with ${row.changes}: p95`,
        value: row.p95,
        unit: "ms",
        better: "lower",
        baseline: { label: "no change", value: none.get(row.rate) ?? null },
        note: row.errors ? `${row.errors} errors` : undefined,
      })
    }
    add({
      id: "traffic.revoked-gone.ms",
      area: "traffic",
      label: "a revoked product's cached page gone after",
      value: Number.isFinite(all.traffic.revocation.goneAfterMs) ? all.traffic.revocation.goneAfterMs : null,
      unit: "ms",
      better: "lower",
      baseline: { label: "target", value: 5_000 },
    })
  }
  const storeApi = all["store-api"]
  if (storeApi) {
    const plain = new Map(storeApi.rows.filter((row) => row.shape === "npm-start").map((row) => [`${row.changes} ${row.rate}`, row.p95]))
    for (const row of storeApi.rows.filter((entry) => entry.shape !== "npm-start")) {
      add({
        id: `store-api.${row.shape}.${row.changes.replace(/\W+/g, "-")}.${row.rate}.p95`,
        area: "store api",
        label: `Medusa's GET /store/products, ${row.shape === "production" ? "production shape" : "npm start with its cache"}, ${row.rate} req/s, ${row.changes}: p95`,
        value: row.p95,
        unit: "ms",
        better: "lower",
        baseline: { label: "npm start", value: plain.get(`${row.changes} ${row.rate}`) ?? null },
        note: row.errors ? `${row.errors} refused of ${row.sent}` : undefined,
      })
    }
  }
  if (all.checkout) {
    const plain = new Map(all.checkout.rows.filter((row) => row.operation.startsWith("GET")).map((row) => [row.buyers, row.p95]))
    for (const row of all.checkout.rows.filter((entry) => !entry.operation.startsWith("GET"))) {
      const name = row.operation.startsWith("add") ? "add-to-cart" : row.operation.includes("one product") ? "complete-cart-one-product" : "complete-cart"
      add({
        id: `checkout.${name}.${row.buyers}.p95`,
        area: "checkout",
        label: `${row.operation}, ${row.buyers} buyer${row.buyers === 1 ? "" : "s"} at once: p95`,
        value: row.p95,
        unit: "ms",
        better: "lower",
        baseline: { label: "Medusa's plain list", value: plain.get(row.buyers) ?? null },
        note: row.failed ? `${row.failed} failed` : undefined,
      })
    }
  }
  return out
}
