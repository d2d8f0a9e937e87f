import Medusa from "@medusajs/js-sdk"
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server"
import { politeBackend, type Send } from "./http/polite-backend"

/** The storefront's one client of the Medusa store API; only src/lib/data calls it. */
export const medusa = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey: MEDUSA_PUBLISHABLE_KEY,
})

/**
 * Every request of the SDK goes through its client's `fetch_`: sent politely
 * (lib/http/polite-backend.ts), at most 6 at once, a GET refused as busy asked
 * again after about 0.25, 0.75 and 1.5 s.
 */
const client = medusa.client as unknown as { fetch_?: Send<unknown> }
if (typeof client.fetch_ !== "function") {
  throw new Error("@medusajs/js-sdk no longer sends through client.fetch_: update src/lib/medusa.ts")
}
client.fetch_ = politeBackend(client.fetch_, { mostAtOnce: 6, pausesMs: [250, 750, 1_500] })
