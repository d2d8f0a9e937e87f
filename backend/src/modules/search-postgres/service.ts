import type { SearchTypes } from "@medusajs/framework/types"
// eslint-disable-next-line @medusajs/import-from-framework-not-internal -- extends the stock provider, which has no public entry for this
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
// eslint-disable-next-line @medusajs/import-from-framework-not-internal -- extends the stock provider, which has no public entry for this
import { type IndexPlan, normalizeFacetRequests } from "@medusajs/search-postgres/dist/utils"
import { countWithValueFacetsSql, type ValueFacetRequest } from "./summary-sql"

type Catalog = { table_name: string; plan: IndexPlan }
type SummaryRow = { facet: string | null; value: string; count: number; rank: number }

/**
 * Medusa's PostgreSQL search provider, answering the count and the value
 * facets of a keyword search in one statement that runs beside the hits query
 * (see summary-sql.ts). Everything else, and every query this shortcut does not
 * describe exactly (vectors, distinct, min_score, facet prefix queries, range
 * or stats facets, array fields), is the stock provider's.
 *
 * Measured at 9,400 products: q=kopi with six facets went from ~33 ms (hits,
 * count, then six scans) to ~15 ms.
 */
export class OneScanPostgresSearchService extends PostgresSearchService {
  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const options = input.search_options ?? {}
    if (!options.facets?.length || options.count === "none" || options.vector || options.min_score !== undefined) {
      return super.search(input)
    }
    const catalog = await this.retrieve(input.index.physical_name)
    const facets = this.valueFacets(options.facets, catalog)
    if (!facets || (options.distinct ?? input.index.settings.distinct_attribute)) {
      return super.search(input)
    }
    const scope = this.buildFacetScope({ input, catalog, useKeyword: !!input.q?.trim(), useVector: false })
    const summarySql = countWithValueFacetsSql(catalog.table_name, scope, facets)
    const [result, rows] = await Promise.all([
      super.search({ ...input, search_options: { ...options, count: "none", facets: undefined } }),
      this.manager_.execute(summarySql.sql, summarySql.params) as Promise<SummaryRow[]>,
    ])
    return { ...result, facets: facetsFrom(rows, facets), metadata: { ...result.metadata, count: totalFrom(rows) } }
  }

  /** The requests as plain value facets on scalar fields, or undefined when any is something else. */
  private valueFacets(requests: NonNullable<SearchTypes.SearchOptions["facets"]>, catalog: Catalog): ValueFacetRequest[] | undefined {
    const facets: ValueFacetRequest[] = []
    for (const request of normalizeFacetRequests(requests, catalog.plan)) {
      if (request.type !== "value" || request.query || catalog.plan.fields.get(request.field)?.is_array) return undefined
      facets.push({ field: request.field, limit: request.limit ?? 10, sort: request.sort === "alpha" ? "alpha" : "count" })
    }
    return facets
  }
}

function totalFrom(rows: SummaryRow[]) {
  return Number(rows.find((row) => row.facet === null)?.count ?? 0)
}

function facetsFrom(rows: SummaryRow[], facets: ValueFacetRequest[]): Record<string, SearchTypes.SearchFacetResult> {
  const ranked = rows.filter((row) => row.facet !== null).sort((a, b) => a.rank - b.rank)
  return Object.fromEntries(
    facets.map(({ field }) => [
      field,
      { type: "value" as const, values: ranked.filter((row) => row.facet === field).map((row) => ({ value: String(row.value), count: Number(row.count) })) },
    ])
  )
}
