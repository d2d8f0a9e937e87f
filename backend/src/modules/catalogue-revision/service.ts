import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { CatalogueRevision } from "./models/catalogue-revision"

const ROW_ID = "catalogue"

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
}
