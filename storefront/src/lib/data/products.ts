import { medusa } from "../medusa"

export type ProductSummary = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  /** The lowest variant price in rupiah, when the product has one. */
  fromPrice: number | null
  producerName: string | null
  villageName: string | null
  /** Approved by an OK OCE coordinator: the product carries the badge. */
  okOce: boolean
  inStock?: boolean
  /** Units in orders that stand, where the card comes from the catalogue's views (search results do not carry it). */
  sold?: number
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

/** The products coordinators feature as "Pilihan Kurator" (a Medusa collection). */
export const listCuratorsPicks = (limit = 8) => listProductSummaries({ limit, collection: "pilihan-kurator" })
