import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { buyerSalesChannelIds, visibleToBuyers } from "../curation/buyer-visibility"
import { isInStock, lowestIdrPrice, PRODUCT_SEARCH_GRAPH_FIELDS, type ProductSearchRow } from "../search/product-document"
import { gatheredBatches } from "../process/gathered-batches"
import { soldCounts } from "./sold-counts"
import { ratingSummaries, type RatingSummary } from "../review/rating-summaries"
import { photoRecordOf, type PhotoSize } from "../files/photo-record"
import { CATALOGUE_REVISION_MODULE } from "../../modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../../modules/catalogue-revision/service"

/**
 * What catalogue pages show of a product, stored per buyer-visible product
 * (the catalogue_product table) and rewritten by the catalogue's events before
 * they are recorded as changes, so a storefront that empties a page on a change
 * reads the new copy. A page reads a card list or a product page with one
 * indexed query instead of Medusa's product list, prices and stock included,
 * on every render.
 */

/**
 * A picture with the widths it is stored at: `sizes` (smallest first) for a
 * producer's uploaded photo, offered in a srcset with its width and height;
 * empty for any other picture (the demo's "Foto menyusul" square), whose
 * width and height are then unknown.
 */
export type PictureView = { url: string; width: number | null; height: number | null; sizes: PhotoSize[] }

/** A product as lists show it. */
export type ProductCard = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  /** The main picture: the first photo, else the thumbnail; null when there is neither. */
  picture: PictureView | null
  /** The cheapest variant's price in whole rupiah. */
  fromPrice: number | null
  producerName: string | null
  villageName: string | null
  /** Approved by an OK OCE coordinator: always true here, a product buyers may not see has no view. */
  okOce: boolean
  inStock: boolean
  /** Units in orders that stand ("terjual N"); see soldCounts. */
  sold: number
  /** Approved buyers' reviews: mean stars and count; null before the first. */
  rating: RatingSummary | null
}

/** A product as its page shows it. */
export type ProductPageView = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  images: PictureView[]
  okOce: boolean
  sold: number
  rating: RatingSummary | null
  producerHandle: string | null
  compliance: {
    product_type: string
    net_quantity: string | null
    ingredients: string | null
    shelf_life_days: number | null
    storage: string | null
    halal: boolean
  } | null
  /** Quantity: units left now; null when the variant's stock is not counted. */
  variants: Array<{ id: string; title: string; price: number | null; inStock: boolean; quantity: number | null }>
}

export type StoredProductView = {
  productId: string
  handle: string
  producerHandle: string | null
  collectionId: string | null
  salesChannelIds: string[]
  createdAt: string
  card: ProductCard
  detail: ProductPageView
}

type SearchVariant = NonNullable<NonNullable<ProductSearchRow["variants"]>[number]>
type Variant = Omit<SearchVariant, "inventory_items"> & {
  id: string
  title?: string | null
  variant_rank?: number | null
  inventory_items?: Array<{
    required_quantity?: number | null
    inventory?: { location_levels?: Array<{ stocked_quantity?: number | null; reserved_quantity?: number | null } | null> | null } | null
  } | null> | null
}

type ViewRow = Omit<ProductSearchRow, "variants" | "product_compliance"> & {
  collection_id?: string | null
  images?: Array<{ url: string; rank?: number | null; metadata?: Record<string, unknown> | null } | null> | null
  product_compliance?: (Omit<NonNullable<ProductPageView["compliance"]>, "halal"> & { halal?: boolean | null }) | null
  variants?: Array<Variant | null> | null
}

export const PRODUCT_VIEW_GRAPH_FIELDS = [
  ...PRODUCT_SEARCH_GRAPH_FIELDS,
  "collection_id",
  "images.url",
  "images.rank",
  "images.metadata",
  "variants.id",
  "variants.title",
  "variants.variant_rank",
  "variants.inventory_items.required_quantity",
  "product_compliance.product_type",
  "product_compliance.net_quantity",
  "product_compliance.ingredients",
  "product_compliance.shelf_life_days",
  "product_compliance.storage",
]

/** Units a buyer can take now, as Medusa counts them: per inventory item, stocked less reserved, over what one unit needs. */
function unitsLeft(variant: Variant): number | null {
  if (variant.manage_inventory === false) return null
  const perItem = (variant.inventory_items ?? []).flatMap((item) => {
    if (!item) return []
    const available = (item.inventory?.location_levels ?? []).reduce(
      (sum, level) => sum + Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0),
      0
    )
    return [Math.floor(Math.max(0, available) / Math.max(1, Number(item.required_quantity ?? 1)))]
  })
  return perItem.length ? Math.min(...perItem) : 0
}

/** A product image as pages show it: with its widths when it is an uploaded photo. */
function pictureView(image: { url: string; metadata?: Record<string, unknown> | null }): PictureView {
  const photo = photoRecordOf(image)
  const largest = photo?.sizes[photo.sizes.length - 1]
  return { url: image.url, width: largest?.width ?? null, height: largest?.height ?? null, sizes: photo?.sizes ?? [] }
}

/** The stored view of a product buyers may see, or null when they may not (published, approved, active producer, in a buyer channel). */
export function toProductView(
  row: ViewRow,
  buyerChannels: string[],
  { sold = 0, rating = null }: { sold?: number; rating?: RatingSummary | null } = {}
): StoredProductView | null {
  const salesChannelIds = (row.sales_channels ?? []).flatMap((channel) => (channel && buyerChannels.includes(channel.id) ? [channel.id] : []))
  if (row.status !== "published" || !visibleToBuyers(row) || !salesChannelIds.length) return null
  const variants = (row.variants ?? [])
    .flatMap((variant) => (variant ? [variant] : []))
    .sort((a, b) => Number(a.variant_rank ?? 0) - Number(b.variant_rank ?? 0))
    .map((variant) => {
      const quantity = unitsLeft(variant)
      return { id: variant.id, title: variant.title ?? "", price: lowestIdrPrice(variant.prices ?? []), inStock: quantity === null || quantity > 0, quantity }
    })
  const prices = variants.flatMap((variant) => (variant.price === null ? [] : [variant.price]))
  const compliance = row.product_compliance
  const images = (row.images ?? [])
    .flatMap((image) => (image ? [image] : []))
    .sort((a, b) => Number(a.rank ?? 0) - Number(b.rank ?? 0))
    .map(pictureView)
  const mainPicture = images[0] ?? (row.thumbnail ? pictureView({ url: row.thumbnail }) : null)
  const shared = {
    id: row.id,
    handle: row.handle,
    title: row.title,
    description: row.description ?? null,
    thumbnail: row.thumbnail ?? null,
    okOce: true,
    sold,
    rating,
  }
  return {
    productId: row.id,
    handle: row.handle,
    producerHandle: row.producer?.handle ?? null,
    collectionId: row.collection_id ?? null,
    salesChannelIds,
    createdAt: new Date(row.created_at).toISOString(),
    card: {
      ...shared,
      picture: mainPicture,
      fromPrice: prices.length ? Math.min(...prices) : null,
      producerName: row.producer?.business_name ?? null,
      villageName: row.producer?.desa?.name ?? null,
      inStock: isInStock(row),
    },
    detail: {
      ...shared,
      images,
      producerHandle: row.producer?.handle ?? null,
      compliance: compliance
        ? {
            product_type: compliance.product_type,
            net_quantity: compliance.net_quantity ?? null,
            ingredients: compliance.ingredients ?? null,
            shelf_life_days: compliance.shelf_life_days ?? null,
            storage: compliance.storage ?? null,
            halal: compliance.halal === true,
          }
        : null,
      variants,
    },
  }
}

/** Longer than rewriting a batch of views takes; a crashed process frees the lock after it. */
const VIEW_LOCK = { timeout: 30, expire: 60 }
const BATCH = 200

/**
 * Rewrites the views of these products from what the database holds now.
 * One rewrite per product at a time, each reading after it holds the lock, so
 * the last write always holds the newest state even when two events for one
 * product are handled at once.
 */
export async function refreshProductViews(container: MedusaContainer, productIds: string[]): Promise<{ written: string[]; removed: string[] }> {
  const ids = [...new Set(productIds)].sort()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const locking = container.resolve(Modules.LOCKING)
  const views: CatalogueRevisionModuleService = container.resolve(CATALOGUE_REVISION_MODULE)
  const changed = { written: [] as string[], removed: [] as string[] }
  if (!ids.length) return changed
  const channels = await buyerSalesChannelIds(container)
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH)
    await locking.execute(
      batch.map((id) => `catalogue-view:${id}`),
      async () => {
        const [{ data }, sold, ratings] = await Promise.all([
          query.graph({ entity: "product", fields: PRODUCT_VIEW_GRAPH_FIELDS, filters: { id: batch } }),
          soldCounts(container, batch),
          ratingSummaries(container, batch),
        ])
        const stored = (data as ViewRow[]).flatMap(
          (row) => toProductView(row, channels, { sold: sold.get(row.id) ?? 0, rating: ratings.get(row.id) ?? null }) ?? []
        )
        const { written, removed } = await views.replaceProductViews(batch, stored)
        changed.written.push(...written)
        changed.removed.push(...removed)
      },
      VIEW_LOCK
    )
  }
  return changed
}

const viewRewritesByContainer = new WeakMap<MedusaContainer, (productIds: string[]) => Promise<void>>()

/**
 * What the catalogue's events call: their products join one rewrite per burst (a seed or an
 * order of many lines sends hundreds of events at once), which starts a moment after the first
 * of them and reads after every event that joined it; a burst of more than a batch runs as
 * several, side by side, so none holds its products' locks for long.
 */
export function refreshProductViewsSoon(container: MedusaContainer, productIds: string[]): Promise<void> {
  let join = viewRewritesByContainer.get(container)
  if (!join) {
    join = gatheredBatches(async (ids: string[]) => void (await refreshProductViews(container, ids)), { gatherMs: 20, most: BATCH })
    viewRewritesByContainer.set(container, join)
  }
  return join(productIds)
}

/**
 * Every product's view, rewritten where it differs from the catalogue: after an upgrade, after the
 * seed, and every hour to mend views whose events were lost (a worker stopped mid-way, Redis
 * restarted without its queue). Says how many products it read and which views it changed.
 */
export async function refreshAllProductViews(container: MedusaContainer): Promise<{ read: number; written: string[]; removed: string[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const views: CatalogueRevisionModuleService = container.resolve(CATALOGUE_REVISION_MODULE)
  const [{ data }, viewed] = await Promise.all([query.graph({ entity: "product", fields: ["id"] }), views.viewedProductIds()])
  const ids = data.map((row) => row.id)
  return { read: ids.length, ...(await refreshProductViews(container, [...ids, ...viewed])) }
}
