import type { GraphResultSet } from "@medusajs/framework/types"

/**
 * One row of `query.graph({ entity })` as Medusa's generated types describe it
 * (.medusa/types, written by `npm run types -w @pasar-desa/backend`), for code
 * that hands a row on to a function of its own. Like query.graph itself, it is
 * `any` for an entity the generated types do not know.
 */
export type GraphRow<Entity extends string> = GraphResultSet<Entity>["data"][number]
