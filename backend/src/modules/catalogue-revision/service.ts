import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { CatalogueChange } from "../../lib/catalogue/change-tags"
import type { ProductCard, ProductPageView, StoredProductView } from "../../lib/catalogue/product-views"
import { CatalogueRevision } from "./models/catalogue-revision"

/**
 * Two revisions: "catalogue" moves on with every change a buyer could see,
 * "visibility" only with a change of who may see what (a hard change: curation,
 * a producer's status or details, a deletion), which is all that place counts show.
 */
export type RevisionOf = "catalogue" | "visibility"
/** More changes than this since a storefront's last read: it empties its whole cache instead. */
const MOST_CHANGES_READ = 1000

export type RecordedChange = CatalogueChange & { id: string; xid: string }
export type ChangesSince = { cursor: string; changes: RecordedChange[]; everything: boolean }
/** Which cards a list shows: in the key's channels, optionally of one producer or collection, oldest or newest first. */
export type CardFilter = {
  salesChannelIds: string[]
  producerHandle?: string
  collectionId?: string
  handles?: string[]
  newestFirst: boolean
  limit: number
  offset: number
}

export default class CatalogueRevisionModuleService extends MedusaService({ CatalogueRevision }) {
  /** The current revision; 0 before anything changed. */
  @InjectManager()
  async currentRevision(of: RevisionOf = "catalogue", @MedusaContext() context: Context<EntityManager> = {}): Promise<number> {
    const rows: Array<{ revision: number }> = await context.manager!.execute(`select revision from catalogue_revision where id = ?`, [of])
    return Number(rows[0]?.revision ?? 0)
  }

  /** Moves the revision on by one, atomically, however many servers bump at once. */
  @InjectTransactionManager()
  // eslint-disable-next-line @medusajs/use-inject-manager-on-public-methods -- a write: @InjectTransactionManager runs it in the caller's transaction or its own
  async bumpRevision(of: RevisionOf = "catalogue", @MedusaContext() context: Context<EntityManager> = {}): Promise<number> {
    const rows: Array<{ revision: number }> = await context.transactionManager!.execute(
      `insert into catalogue_revision (id, revision) values (?, 1)
       on conflict (id) do update set revision = catalogue_revision.revision + 1, updated_at = now()
       returning revision`,
      [of]
    )
    return Number(rows[0]?.revision)
  }

  /**
   * Announces changes: the revisions move on first (the "visibility" one only for a hard change),
   * then the changes are recorded, so whoever reads a change also reads the new revisions and no
   * answer kept for the old ones (lib/catalogue/revision-memo.ts) serves a page rendered for it.
   */
  async announceChanges(changes: CatalogueChange[]): Promise<void> {
    await this.bumpRevision()
    if (changes.some((change) => change.hard)) await this.bumpRevision("visibility")
    await this.recordChanges(changes)
  }

  /** Records what changed (catalogue_change), in the caller's transaction or its own. */
  @InjectTransactionManager()
  // eslint-disable-next-line @medusajs/use-inject-manager-on-public-methods -- a write: @InjectTransactionManager runs it in the caller's transaction or its own
  async recordChanges(changes: CatalogueChange[], @MedusaContext() context: Context<EntityManager> = {}): Promise<void> {
    if (!changes.length) return
    await context.transactionManager!.execute(
      `insert into catalogue_change (tag, hard) select tag, hard from json_to_recordset(?::json) as change(tag text, hard boolean)`,
      [JSON.stringify(changes)]
    )
  }

  /**
   * The changes a reader whose last cursor was `after` may not have seen, and
   * the cursor for its next read: the oldest transaction still running, so a
   * change committed after this read by a transaction already running is read
   * next time. Rows may come twice; their ids tell. No `after`: only a cursor.
   */
  @InjectManager()
  async changesSince(after: string | undefined, @MedusaContext() context: Context<EntityManager> = {}): Promise<ChangesSince> {
    const rows: Array<{ cursor: string; changes: RecordedChange[] | null }> = await context.manager!.execute(
      `select pg_snapshot_xmin(pg_current_snapshot())::text as cursor,
              (select json_agg(json_build_object('id', id::text, 'xid', xid::text, 'tag', tag, 'hard', hard) order by id)
                 from (select id, xid, tag, hard from catalogue_change where ?::xid8 is not null and xid >= ?::xid8 order by id limit ?) as recent) as changes`,
      [after ?? null, after ?? null, MOST_CHANGES_READ + 1]
    )
    const changes = rows[0].changes ?? []
    const everything = changes.length > MOST_CHANGES_READ
    return { cursor: rows[0].cursor, changes: everything ? [] : changes, everything }
  }

  /** Forgets changes older than `before`: no storefront keeps a page that long. */
  @InjectTransactionManager()
  // eslint-disable-next-line @medusajs/use-inject-manager-on-public-methods -- a write, like recordChanges
  async forgetChangesBefore(before: Date, @MedusaContext() context: Context<EntityManager> = {}): Promise<void> {
    await context.transactionManager!.execute(`delete from catalogue_change where created_at < ?`, [before.toISOString()])
  }

  /**
   * Writes the views of these products: the given ones stored, the others (no longer visible to
   * buyers) removed. Says which views it wrote anew or changed, and which it removed.
   */
  @InjectTransactionManager()
  // eslint-disable-next-line @medusajs/use-inject-manager-on-public-methods -- a write, like recordChanges
  async replaceProductViews(
    productIds: string[],
    views: StoredProductView[],
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<{ written: string[]; removed: string[] }> {
    const manager = context.transactionManager!
    const kept = new Set(views.map((view) => view.productId))
    const gone = productIds.filter((id) => !kept.has(id))
    const removed: Array<{ product_id: string }> = gone.length
      ? await manager.execute(`delete from catalogue_product where product_id in (select jsonb_array_elements_text(?::jsonb)) returning product_id`, [
          JSON.stringify(gone),
        ])
      : []
    const written: Array<{ product_id: string }> = views.length
      ? await manager.execute(
          `insert into catalogue_product (product_id, handle, producer_handle, collection_id, sales_channel_ids, product_created_at, card, detail, updated_at)
           select "productId", handle, "producerHandle", "collectionId", array(select json_array_elements_text("salesChannelIds")), "createdAt", card, detail, now()
             from json_to_recordset(?::json) as view("productId" text, handle text, "producerHandle" text, "collectionId" text, "salesChannelIds" json, "createdAt" timestamptz, card jsonb, detail jsonb)
           on conflict (product_id) do update set handle = excluded.handle, producer_handle = excluded.producer_handle, collection_id = excluded.collection_id,
             sales_channel_ids = excluded.sales_channel_ids, product_created_at = excluded.product_created_at, card = excluded.card, detail = excluded.detail, updated_at = now()
           where (catalogue_product.handle, catalogue_product.producer_handle, catalogue_product.collection_id, catalogue_product.sales_channel_ids, catalogue_product.card, catalogue_product.detail)
             is distinct from (excluded.handle, excluded.producer_handle, excluded.collection_id, excluded.sales_channel_ids, excluded.card, excluded.detail)
           returning product_id`,
          [JSON.stringify(views)]
        )
      : []
    return { written: written.map((row) => row.product_id), removed: removed.map((row) => row.product_id) }
  }

  /** Every product that has a view, the ones deleted since included. */
  @InjectManager()
  async viewedProductIds(@MedusaContext() context: Context<EntityManager> = {}): Promise<string[]> {
    const rows: Array<{ product_id: string }> = await context.manager!.execute(`select product_id from catalogue_product`)
    return rows.map((row) => row.product_id)
  }

  /** The products whose stored view puts them in one of these collections. */
  @InjectManager()
  async productIdsInCollections(collectionIds: string[], @MedusaContext() context: Context<EntityManager> = {}): Promise<string[]> {
    const rows: Array<{ product_id: string }> = await context.manager!.execute(
      `select product_id from catalogue_product where collection_id in (select jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(collectionIds)]
    )
    return rows.map((row) => row.product_id)
  }

  /** Cards of buyer-visible products by age, and how many match. */
  @InjectManager()
  async listProductCards(filter: CardFilter, @MedusaContext() context: Context<EntityManager> = {}): Promise<{ cards: ProductCard[]; count: number }> {
    const rows: Array<{ card: ProductCard; count: string }> = await context.manager!.execute(
      `select card, count(*) over () as count from catalogue_product
        where sales_channel_ids && array(select jsonb_array_elements_text(?::jsonb)) and (?::text is null or producer_handle = ?) and (?::text is null or collection_id = ?)
          and (?::jsonb is null or handle in (select jsonb_array_elements_text(?::jsonb)))
        order by ${filter.newestFirst ? "product_created_at desc, product_id desc" : "product_created_at, product_id"} limit ? offset ?`,
      [
        JSON.stringify(filter.salesChannelIds),
        filter.producerHandle ?? null,
        filter.producerHandle ?? null,
        filter.collectionId ?? null,
        filter.collectionId ?? null,
        filter.handles ? JSON.stringify(filter.handles) : null,
        filter.handles ? JSON.stringify(filter.handles) : null,
        filter.limit,
        filter.offset,
      ]
    )
    return { cards: rows.map((row) => row.card), count: Number(rows[0]?.count ?? 0) }
  }

  /** The cards of these products that buyers may see in some channel, by product id: a product without a view is not for sale. */
  @InjectManager()
  async productCardsById(productIds: string[], @MedusaContext() context: Context<EntityManager> = {}): Promise<Map<string, ProductCard>> {
    if (!productIds.length) return new Map()
    const rows: Array<{ product_id: string; card: ProductCard }> = await context.manager!.execute(
      `select product_id, card from catalogue_product where product_id in (select jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(productIds)]
    )
    return new Map(rows.map((row) => [row.product_id, row.card]))
  }

  /** The page of a buyer-visible product by handle, or null. */
  @InjectManager()
  async retrieveProductPage(handle: string, salesChannelIds: string[], @MedusaContext() context: Context<EntityManager> = {}): Promise<ProductPageView | null> {
    const rows: Array<{ detail: ProductPageView }> = await context.manager!.execute(
      `select detail from catalogue_product where handle = ? and sales_channel_ids && array(select jsonb_array_elements_text(?::jsonb)) order by updated_at desc limit 1`,
      [handle, JSON.stringify(salesChannelIds)]
    )
    return rows[0]?.detail ?? null
  }
}
