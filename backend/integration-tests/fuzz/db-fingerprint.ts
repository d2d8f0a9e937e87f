import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Array<Record<string, any>> }> }

/**
 * Tables that change whatever the answer, so their rows say nothing about a refused request.
 * Add one here only with the reason.
 * - workflow_execution: Medusa's record of each run of a stored workflow; cart completion keeps
 *   one per attempt, refused or not (its idempotency), and it holds no order, cart or stock.
 */
const CHANGES_ON_EVERY_REQUEST = new Set<string>(["workflow_execution"])

/**
 * Row count and an md5 of every row of each table of the public schema: two
 * equal fingerprints mean nothing was stored, changed or deleted in between.
 */
export async function databaseFingerprint(container: MedusaContainer): Promise<Record<string, string>> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: tables } = await knex.raw("select tablename from pg_tables where schemaname = 'public' order by tablename")
  const names = tables.map((row) => row.tablename as string).filter((name) => !CHANGES_ON_EVERY_REQUEST.has(name))
  const perTable = names.map(
    (name) => `select '${name}' as name, count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as print from "${name}" t`
  )
  const { rows } = await knex.raw(perTable.join(" union all "))
  return Object.fromEntries(rows.map((row) => [row.name, row.print]))
}

/** The tables whose fingerprint differs, for a readable failure. */
export function changedTables(before: Record<string, string>, after: Record<string, string>) {
  const names = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...names].filter((name) => before[name] !== after[name]).sort()
}
