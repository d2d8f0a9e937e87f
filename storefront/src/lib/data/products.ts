import type { Picture } from "../pictures"
import type { Rating } from "../reviews"
import { medusa } from "../medusa"

export type ProductSummary = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  /** The main picture with its widths, from the catalogue's views (search results and older views do not carry it). */
  picture?: Picture | null
  /** The lowest variant price in rupiah, when the product has one. */
  fromPrice: number | null
  producerName: string | null
  villageName: string | null
  /** Approved by an OK OCE coordinator: the product carries the badge. */
  okOce: boolean
  inStock?: boolean
  /** Units in orders that stand, where the card comes from the catalogue's views (search results do not carry it). */
  sold?: number
  /** Approved reviews' mean stars and count, from the catalogue's views; null before the first. */
  rating?: Rating | null
}

type ListQuery = { limit?: number; producer?: string; collection?: string }

/**
 * Product cards, oldest first: all, one producer's or one collection's. The
 * backend answers from views the catalogue's events keep current
 * (GET /store/catalogue/cards): one indexed read, prices and stock included.
 */
export async function listProductSummaries({ limit = 24, producer, collection }: ListQuery = {}): Promise<ProductSummary[]> {
  const query = { limit, ...(producer ? { producer } : {}), ...(collection ? { collection } : {}) }
  const { cards } = await medusa.client.fetch<{ cards: ProductSummary[] }>("/store/catalogue/cards", { query })
  return cards
}

/**
 * The cards of these products (up to 100), from the catalogue's views: one request. A product
 * buyers can no longer see has no card. Keyed by handle, for callers that keep their own order.
 */
export async function cardsByHandle(handles: string[]): Promise<Map<string, ProductSummary>> {
  if (!handles.length) return new Map()
  const { cards } = await medusa.client.fetch<{ cards: ProductSummary[] }>("/store/catalogue/cards", {
    query: { handles: handles.slice(0, 100).join(","), limit: 100 },
  })
  return new Map(cards.map((card) => [card.handle, card]))
}

/** The products coordinators feature as "Pilihan Kurator" (a Medusa collection). */
export const listCuratorsPicks = (limit = 8) => listProductSummaries({ limit, collection: "pilihan-kurator" })
