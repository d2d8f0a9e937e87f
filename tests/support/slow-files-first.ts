import path from "node:path"
import { BaseSequencer, type TestSpecification } from "vitest/node"

/**
 * The slowest files of a clean CI run (docs/testing.md: never-oversell 157 s, producer-orders 150, bad-input 115,
 * checkout-delivery-payment 91, seed 89, ...), in the order they should start. On a clean clone vitest has no
 * timings of its own and starts the largest files first, which left the seed suite and the four search suites to
 * the end, one worker busy while the other waited, and the end-to-end files wait for both. The seed suite goes
 * second: it seeds a database of its own, so it keeps the other worker busy while the first file builds the
 * seeded template every later suite clones (and the next seeded file would only wait for it).
 */
const SLOWEST_FIRST = [
  "never-oversell.spec.ts",
  "seed.spec.ts",
  "producer-orders.spec.ts",
  "bad-input.spec.ts",
  "checkout-delivery-payment.spec.ts",
  "checkout-midtrans.spec.ts",
  "stripe-webhooks.spec.ts",
  "producer-panel.spec.ts",
  "payment-confirmations.spec.ts",
  "three-ways-to-pay.spec.ts",
]

const rank = (spec: TestSpecification) => {
  const index = SLOWEST_FIRST.indexOf(path.basename(spec.moduleId))
  return index === -1 ? SLOWEST_FIRST.length : index
}

/** Vitest's order (groups, projects, timings of earlier runs when it has them), the slowest known files first within a project. */
export class SlowFilesFirst extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files)
    if (sorted.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return sorted
    const place = new Map(sorted.map((spec, index) => [spec, index]))
    return sorted.sort((a, b) => {
      if (a.project !== b.project) return place.get(a)! - place.get(b)!
      return rank(a) - rank(b) || place.get(a)! - place.get(b)!
    })
  }
}
