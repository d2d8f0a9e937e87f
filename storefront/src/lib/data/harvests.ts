import { medusa } from "../medusa"

/** An upcoming harvest as GET /store/harvests answers it (backend/src/api/store/harvests). */
export type UpcomingHarvest = {
  id: string
  /** YYYY-MM-DD, today or later in Pacitan. */
  expected_on: string
  forecast_quantity: number
  unit: "kg" | "ton" | "buah" | "ikat" | "tandan"
  note: string | null
  /** What is left of the forecast for pre-orders, in the harvest's unit. */
  preorder_remaining: number
  product: {
    id: string
    handle: string
    title: string
    thumbnail: string | null
    producer: { handle: string; business_name: string } | null
    desa: { handle: string; name: string } | null
  }
}

type HarvestList = { harvests: UpcomingHarvest[]; count: number }

/** Buyer-visible products with an upcoming harvest, soonest first: the home page's "Segera panen". */
export const listUpcomingHarvests = (limit = 8) => medusa.client.fetch<HarvestList>("/store/harvests", { query: { limit } }).then((body) => body.harvests)

/** The product's upcoming harvest, or null when it has none (or it has passed). */
export const getUpcomingHarvest = (productId: string) =>
  medusa.client.fetch<HarvestList>("/store/harvests", { query: { product_id: productId, limit: 1 } }).then((body) => body.harvests[0] ?? null)
