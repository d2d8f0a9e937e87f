import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { HarvestEvents, ORDER_STOCK_EVENTS, PRODUCT_EVENTS, ProducerEvents, STOCK_EVENTS, VARIANT_EVENTS, VISIBILITY_CURATION_EVENTS } from "../lib/events"
import { productIdsOfEvent, type CatalogueEvent } from "../lib/catalogue/products-of-event"
import {
  isBuyerVisible,
  PRODUCT_SEARCH_GRAPH_FIELDS,
  PRODUCT_SEARCH_INDEX,
  type ProductSearchRow,
  toProductSearchDocument,
} from "../lib/search/product-document"
import { productSeedProgress } from "../lib/search/seed-progress"
import { MIN_WORD_SIZE_FOR_ONE_TYPO, MIN_WORD_SIZE_FOR_TWO_TYPOS } from "../lib/search/typo-budget"
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
  // The other phrases of the synonym groups the text mentions (see synonyms-id.json). Right after
  // the title, so PostgreSQL's cover density finds "gula aren" (here) near "cetak" (in the title) of
  // Gula Kelapa Cetak, as it would in the title; at the end of the document the gap outranked it.
  synonyms: search.text().searchable({ weight: 1 }).array(),
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
  halal: search.boolean().filterable().facetable(),
  in_stock: search.boolean().filterable().facetable(),
  pre_order: search.boolean().filterable(),
  price: search.integer().filterable().sortable(),
  created_at: search.date().filterable().sortable(),
})

/** The products an event is about, as the page caches read them too. */
const productIdsForEvent = (event: CatalogueEvent, { container }: SearchTypes.SearchIngestionContext) => productIdsOfEvent(container.query, event)

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
    typo_tolerance: { min_word_size_for_one_typo: MIN_WORD_SIZE_FOR_ONE_TYPO, min_word_size_for_two_typos: MIN_WORD_SIZE_FOR_TWO_TYPOS },
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
