import { medusa } from "./medusa"

/** Up to six products for the search box, from the same store search the results page uses. */
export async function suggestProducts(q: string) {
  const body = await medusa.client.fetch<{ hits: Array<{ handle: string; title: string }> }>("/store/search/products", { query: { q, limit: 6 } })
  return body.hits.map((hit) => ({ handle: hit.handle, title: hit.title }))
}
