import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { HarvestEvents, ORDER_STOCK_EVENTS, PRODUCT_EVENTS, ProducerEvents, STOCK_EVENTS, VARIANT_EVENTS, VISIBILITY_CURATION_EVENTS } from "../lib/events"
import {
  isBuyerVisible,
  PRODUCT_SEARCH_GRAPH_FIELDS,
  PRODUCT_SEARCH_INDEX,
  type ProductSearchRow,
  toProductSearchDocument,
} from "../lib/search/product-document"
import { productSeedProgress } from "../lib/search/seed-progress"
import { meilisearchSynonyms, STOP_WORDS } from "../lib/search/synonyms"

const place = () =>
  search.object({
    handle: search.keyword().filterable().facetable(),
    name: search.text().searchable({ weight: 2 }),
  })

const productSearchFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword().filterable(),
  title: search.text().searchable({ weight: 5 }),
  description: search.text().searchable({ weight: 1 }),
  thumbnail: search.keyword(),
  // status and sales_channel_ids let POST /store/search narrow to the key's channels.
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().filterable().array(),
  producer: search.object({
    handle: search.keyword().filterable().facetable(),
    name: search.text().searchable({ weight: 3 }),
  }),
  desa: place(),
  kecamatan: place(),
  category: search.object({
    handle: search.keyword().filterable().facetable(),
    name: search.text().searchable({ weight: 2 }),
  }),
  tags: search.text().searchable({ weight: 2 }).array(),
  // Canonical forms of the synonyms the text mentions (see synonyms-id.json).
  synonyms: search.text().searchable({ weight: 1 }).array(),
  halal: search.boolean().filterable().facetable(),
  in_stock: search.boolean().filterable().facetable(),
  pre_order: search.boolean().filterable(),
  price: search.integer().filterable().sortable(),
  created_at: search.date().filterable().sortable(),
})

type EventData = { id?: string | string[] } | Array<{ id?: string }>
const idsOf = (data: EventData): string[] =>
  (Array.isArray(data) ? data.map((entry) => entry.id) : [data.id].flat()).filter((id): id is string => typeof id === "string")

async function productIdsForEvent(event: { name: string; data: EventData }, { container }: SearchTypes.SearchIngestionContext) {
  const ids = idsOf(event.data)
  if (!ids.length) return []
  if (event.name === ProducerEvents.UPDATED) {
    const { data } = await container.query.graph({ entity: "producer", fields: ["products.id"], filters: { id: ids } })
    return data.flatMap((producer) => (producer.products ?? []).flatMap((product) => (product ? [product.id] : [])))
  }
  if (STOCK_EVENTS.includes(event.name)) {
    const { data } = await container.query.graph({ entity: "inventory_level", fields: ["inventory_item_id"], filters: { id: ids }, withDeleted: true })
    const itemIds = data.map((level) => level.inventory_item_id)
    if (!itemIds.length) return []
    const { data: items } = await container.query.graph({ entity: "inventory_item", fields: ["variants.product_id"], filters: { id: itemIds } })
    return items.flatMap((item) => (item.variants ?? []).flatMap((variant) => (variant?.product_id ? [variant.product_id] : [])))
  }
  if (ORDER_STOCK_EVENTS.includes(event.name)) {
    // The products of the order's lines: their reservations were just made or released.
    const { data } = await container.query.graph({ entity: "order", fields: ["items.product_id"], filters: { id: ids } })
    return data.flatMap((order) => (order.items ?? []).flatMap((item) => (item?.product_id ? [item.product_id] : [])))
  }
  if (VARIANT_EVENTS.includes(event.name)) {
    const { data } = await container.query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: ids } })
    return data.flatMap((variant) => (variant.product_id ? [variant.product_id] : []))
  }
  return ids
}

async function buyerChannelId({ container }: SearchTypes.SearchIngestionContext): Promise<string | undefined> {
  const { data } = await container.query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  return data[0]?.default_sales_channel_id ?? undefined
}

/** Keeps buyer-visible products only: a row without a document is deleted from the index. */
async function toDocuments(rows: ProductSearchRow[], context: SearchTypes.SearchIngestionContext) {
  const channelId = await buyerChannelId(context)
  productSeedProgress.emit("rows", rows.length)
  return rows.filter((row) => isBuyerVisible(row, channelId)).map(toProductSearchDocument)
}

/**
 * The buyer-facing product index: approved products of active producers in the
 * OK OCE channel, searchable by product, producer, village and category.
 */
export default defineSearchIndex({
  name: PRODUCT_SEARCH_INDEX,
  entity: "product",
  fields: productSearchFields,
  settings: {
    // Meilisearch only (PostgreSQL retries zero-hit queries itself, see lib/search/product-search.ts):
    // the default allows no typo below 5 letters, which misses "kopu" and "gual".
    typo_tolerance: { min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
    provider_options: {
      meilisearch: {
        synonyms: meilisearchSynonyms(),
        stopWords: [...STOP_WORDS],
        // "sort" first: a buyer who asks for the cheapest gets price order, not
        // price order inside relevance buckets. Without a sort it changes nothing.
        rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
        // 172 desa: the default 100 values per facet would hide some; and
        // search:check pages through the whole index, past the default 1,000 hits.
        faceting: { maxValuesPerFacet: 300 },
        pagination: { maxTotalHits: 100_000 },
      },
    },
  },
  events: [
    ...PRODUCT_EVENTS,
    ...VARIANT_EVENTS,
    ...STOCK_EVENTS,
    ...ORDER_STOCK_EVENTS,
    ...VISIBILITY_CURATION_EVENTS,
    ProducerEvents.UPDATED,
    HarvestEvents.UPSERTED,
    HarvestEvents.PASSED,
    HarvestEvents.HARVESTED,
  ],
  seed: graphSeed<typeof productSearchFields, ProductSearchRow>({ fields: PRODUCT_SEARCH_GRAPH_FIELDS, transform: toDocuments }),
  consume: graphConsume<typeof productSearchFields, ProductSearchRow>({
    fields: PRODUCT_SEARCH_GRAPH_FIELDS,
    transform: toDocuments,
    resolve_ids: productIdsForEvent,
    is_delete: (event) => event.name === "product.deleted",
  }),
})
