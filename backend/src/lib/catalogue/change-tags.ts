import { HarvestEvents, ProducerEvents, VISIBILITY_CURATION_EVENTS } from "../events"
import { idsOf, productIdsOfEvent, type CatalogueEvent, type Query } from "./products-of-event"

/**
 * What a storefront page shows, named the same way here and in the
 * storefront's page cache (storefront/src/lib/page-tags.server.ts): a page
 * records the tags of what it shows, a change empties the pages of its tags.
 */
export const CatalogueTags = {
  /** Every page that lists products or counts them (home, listing, search, places, sitemap). */
  LISTS: "lists",
  /** The pages that list upcoming harvests. */
  HARVESTS: "harvests",
  product: (id: string) => `product:${id}`,
  /** A producer's own page: who they are and the products they sell. */
  producer: (handle: string) => `producer:${handle}`,
  /**
   * What other pages show of a producer (name, desa, licences, story), not their products: a product's page
   * and its desa's page. Approving one product must not empty the pages of all the producer's others.
   */
  producerProfile: (handle: string) => `producer-profile:${handle}`,
  desa: (handle: string) => `desa:${handle}`,
  kecamatan: (handle: string) => `kecamatan:${handle}`,
}

/**
 * A change as the page caches take it. Hard: who may see a product changed
 * (curation, a producer's status, a deletion), and no page may show the old
 * copy once it is known. Soft: what a page shows changed (stock, price, text),
 * and the old copy may be served for a few seconds while one request renders
 * the page again.
 */
export type CatalogueChange = { tag: string; hard: boolean }

export const COLLECTION_EVENTS = ["product-collection.updated", "product-category.updated"]
const HARVEST_EVENTS: string[] = [HarvestEvents.UPSERTED, HarvestEvents.PASSED, HarvestEvents.HARVESTED]
/** Events that change who may see a product. */
const VISIBILITY_EVENTS: string[] = [...VISIBILITY_CURATION_EVENTS, ProducerEvents.UPDATED, "product.deleted"]

type Placed = { handle?: string | null; desa?: { handle?: string | null; kecamatan?: { handle?: string | null } | null } | null } | null | undefined

function placeTags(producer: Placed, { withProfile }: { withProfile: boolean }): string[] {
  return [
    producer?.handle ? CatalogueTags.producer(producer.handle) : undefined,
    producer?.handle && withProfile ? CatalogueTags.producerProfile(producer.handle) : undefined,
    producer?.desa?.handle ? CatalogueTags.desa(producer.desa.handle) : undefined,
    producer?.desa?.kecamatan?.handle ? CatalogueTags.kecamatan(producer.desa.kecamatan.handle) : undefined,
  ].filter((tag): tag is string => Boolean(tag))
}

/**
 * The producer, desa and kecamatan pages that list these products or these producers' products; for a change
 * of the producers themselves, also every page that shows who they are.
 */
async function placesOf(query: Query, { productIds, producerIds }: { productIds: string[]; producerIds: string[] }): Promise<string[]> {
  const fields = ["handle", "desa.handle", "desa.kecamatan.handle"]
  const [products, producers] = await Promise.all([
    productIds.length
      ? query.graph({ entity: "product", fields: fields.map((field) => `producer.${field}`), filters: { id: productIds } }).then(({ data }) => data)
      : [],
    producerIds.length ? query.graph({ entity: "producer", fields, filters: { id: producerIds } }).then(({ data }) => data) : [],
  ])
  return [
    ...products.flatMap((product) => placeTags(product.producer, { withProfile: false })),
    ...producers.flatMap((producer) => placeTags(producer, { withProfile: true })),
  ]
}

const unique = (changes: CatalogueChange[]) => [...new Map(changes.map((change) => [`${change.tag} ${change.hard}`, change])).values()]

/** The tags one catalogue event changes, and how (see CatalogueChange). Its products, when the caller has read them already. */
export async function changesOfEvent(query: Query, event: CatalogueEvent, knownProductIds?: string[]): Promise<CatalogueChange[]> {
  if (COLLECTION_EVENTS.includes(event.name)) return [{ tag: CatalogueTags.LISTS, hard: false }]
  const productIds = knownProductIds ?? (await productIdsOfEvent(query, event))
  const products = productIds.map((id) => CatalogueTags.product(id))
  if (VISIBILITY_EVENTS.includes(event.name)) {
    // A product that appears or disappears changes its own page and every list it is (or would be) on.
    const producerIds = event.name === ProducerEvents.UPDATED ? idsOf(event.data) : []
    const places = event.name === "product.deleted" ? [] : await placesOf(query, { productIds, producerIds })
    return unique([...products, ...places, CatalogueTags.LISTS, CatalogueTags.HARVESTS].map((tag) => ({ tag, hard: true })))
  }
  const lists = HARVEST_EVENTS.includes(event.name) ? [CatalogueTags.HARVESTS] : []
  return unique([...products, ...lists].map((tag) => ({ tag, hard: false })))
}
