// eslint-disable-next-line @medusajs/import-from-framework-not-internal -- extends the stock provider, which has no public entry for this
import { jsonbPath } from "@medusajs/search-postgres/dist/utils"

/** A value facet over one scalar field of the index, as the stock provider answers it. */
export type ValueFacetRequest = { field: string; limit: number; sort: "count" | "alpha" }

export type SqlFragment = { sql: string; params: unknown[] }

/**
 * One statement that counts a result set and every requested value facet over
 * it: the matching rows are read once into a CTE of the facet values, then each
 * facet groups that small set. The stock provider runs a COUNT and one query
 * per facet, each re-reading and re-matching every row (a full scan each at 10k
 * products). Per facet, the grouping, null guard, order and limit are the
 * provider's own, so the figures are the same.
 *
 * Rows come back as (facet, value, count, rank); the row with a null facet is
 * the total, rank orders each facet's values (UNION ALL keeps no order).
 */
export function countWithValueFacetsSql(table: string, scope: SqlFragment | undefined, facets: ValueFacetRequest[]): SqlFragment {
  const columns = facets.map((facet, position) => `${jsonbPath(facet.field, true)} AS f${position}`)
  const matched = `SELECT ${["1 AS one", ...columns].join(", ")} FROM "${table}"${scope ? ` WHERE ${scope.sql}` : ""}`
  const params: unknown[] = [...(scope?.params ?? [])]
  const perFacet = facets.map((facet, position) => {
    params.push(facet.field, facet.limit)
    const value = `f${position}`
    const order = facet.sort === "alpha" ? `${value} ASC` : `COUNT(*) DESC, ${value} ASC`
    return `(SELECT ?::text, ${value}, COUNT(*)::int, ROW_NUMBER() OVER (ORDER BY ${order})::int AS rank
      FROM matched WHERE ${value} IS NOT NULL GROUP BY ${value} ORDER BY rank LIMIT ?)`
  })
  const total = `SELECT NULL::text AS facet, NULL::text AS value, COUNT(*)::int AS count, 0 AS rank FROM matched`
  const sql = `WITH matched AS MATERIALIZED (${matched})\n${[total, ...perFacet].join("\nUNION ALL ")}`
  return { sql, params }
}
