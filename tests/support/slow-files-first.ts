import path from "node:path"
import { BaseSequencer, type TestSpecification } from "vitest/node"

/**
 * The order files should start in on a clean clone, where vitest has no timings of its own (it would start the
 * largest files first, leaving long ones to the end, one worker busy while the other waits, and the end-to-end
 * files wait for both). The first file seeds the demo catalogue into the template every seeded suite clones
 * (integration-tests/seeded-template.ts, a few minutes on two busy cores); meanwhile the other worker runs the
 * files that need no seeded catalogue, so it never waits for the template, and then the slowest seeded files.
 */
const SLOWEST_FIRST = [
  "never-oversell.spec.ts",
  // No seeded catalogue needed:
  "producer-panel.spec.ts",
  "coordinator-roles.spec.ts",
  "producer-login.spec.ts",
  "producer-isolation.spec.ts",
  "admin-producers.spec.ts",
  "producer-harvest.spec.ts",
  "producer-statement.spec.ts",
  // Seeded, slowest first:
  "producer-orders.spec.ts",
  "bad-input.spec.ts",
  "checkout-delivery-payment.spec.ts",
  "checkout-midtrans.spec.ts",
  "payment-confirmations.spec.ts",
  "stripe-webhooks.spec.ts",
  "three-ways-to-pay.spec.ts",
  "seed.spec.ts",
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
