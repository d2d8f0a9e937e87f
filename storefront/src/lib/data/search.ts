import { medusa } from "../medusa"
import { cardsByHandle, type ProductSummary } from "./products"
import { labelFromHandle, PAGE_SIZE, type Facet, type SearchParams } from "../search-params"

/** What the search offers when nothing was found: fewer of the buyer's words that find products, and categories. */
export type DidYouMean = { queries: Array<{ q: string; count: number }>; categories: Array<{ handle: string; name: string; count: number }> }

export type SearchResult = { products: ProductSummary[]; facets: Record<string, Facet[]>; count: number; didYouMean?: DidYouMean | null }

type Hit = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  price: number | null
  producer?: { handle: string; name: string } | null
  desa?: { handle: string; name: string } | null
}

export async function searchCatalogue(params: SearchParams): Promise<SearchResult> {
  const { page, ...filters } = params
  const query = { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }
  const body = await medusa.client.fetch<{ hits: Hit[]; facets: Record<string, Facet[]>; count: number; did_you_mean?: DidYouMean | null }>(
    "/store/search/products",
    { query }
  )
  // Sold counts and stars live in the catalogue's views, not the search index: one more indexed read
  // for the page's hits. Without it (a view not yet written) the card shows neither.
  const cards = await cardsByHandle(body.hits.map((hit) => hit.handle)).catch(() => new Map<string, ProductSummary>())
  return {
    count: body.count,
    didYouMean: body.did_you_mean ?? null,
    facets: Object.fromEntries(
      Object.entries(body.facets ?? {}).map(([name, values]) => [
        name,
        values.map((facet) => ({ ...facet, label: facet.label ?? labelFromHandle(facet.value) })),
      ])
    ),
    products: body.hits.map((hit) => ({
      id: hit.id,
      handle: hit.handle,
      title: hit.title,
      description: null,
      thumbnail: hit.thumbnail,
      fromPrice: hit.price,
      producerName: hit.producer?.name ?? null,
      villageName: hit.desa?.name ?? null,
      // The search index holds only curated products of active producers.
      okOce: true,
      sold: cards.get(hit.handle)?.sold,
      rating: cards.get(hit.handle)?.rating ?? null,
    })),
  }
}
