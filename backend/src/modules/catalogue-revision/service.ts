import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { CatalogueChange } from "../../lib/catalogue/change-tags"
import { CatalogueRevision } from "./models/catalogue-revision"

const ROW_ID = "catalogue"
/** More changes than this since a storefront's last read: it empties its whole cache instead. */
const MOST_CHANGES_READ = 1000

export type RecordedChange = CatalogueChange & { id: string; xid: string }
export type ChangesSince = { cursor: string; changes: RecordedChange[]; everything: boolean }

export default class CatalogueRevisionModuleService extends MedusaService({ CatalogueRevision }) {
  /** The current revision; 0 before anything changed. */
  @InjectManager()
  async currentRevision(@MedusaContext() context: Context<EntityManager> = {}): Promise<number> {
    const rows: Array<{ revision: number }> = await context.manager!.execute(`select revision from catalogue_revision where id = ?`, [ROW_ID])
    return Number(rows[0]?.revision ?? 0)
  }

  /** Moves the revision on by one, atomically, however many servers bump at once. */
  @InjectTransactionManager()
  // eslint-disable-next-line @medusajs/use-inject-manager-on-public-methods -- a write: @InjectTransactionManager runs it in the caller's transaction or its own
  async bumpRevision(@MedusaContext() context: Context<EntityManager> = {}): Promise<number> {
    const rows: Array<{ revision: number }> = await context.transactionManager!.execute(
      `insert into catalogue_revision (id, revision) values (?, 1)
       on conflict (id) do update set revision = catalogue_revision.revision + 1, updated_at = now()
       returning revision`,
      [ROW_ID]
    )
    return Number(rows[0]?.revision)
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
}
