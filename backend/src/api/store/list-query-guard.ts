import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** A day, optionally with a time and zone, as PostgreSQL and every client agree on it (ISO 8601). */
const ISO_MOMENT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/

/** A date PostgreSQL takes: ISO 8601, a day that exists (no 30 February), year 1 or later. */
export function isQueryDate(value: string) {
  const match = ISO_MOMENT.exec(value)
  if (!match || Number.isNaN(Date.parse(value.replace(" ", "T")))) return false
  const [year, month, day] = match.slice(1, 4).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  date.setUTCFullYear(year)
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const isCount = (value: unknown) => typeof value === "string" && /^\d{1,9}$/.test(value)

/** Every text in a filter's value (`created_at=…`, `created_at[$gt]=…`, `created_at[$in][]=…`). */
function leaves(value: unknown): unknown[] {
  if (value && typeof value === "object") return Object.values(value).flatMap(leaves)
  return [value]
}

/** The Indonesian reason a Medusa list query would fail in the database, or null. */
export function listQueryProblem(query: Record<string, unknown>): string | null {
  for (const field of ["limit", "offset"]) {
    if (query[field] !== undefined && !isCount(query[field])) return `${field}: harus bilangan bulat 0 atau lebih`
  }
  for (const [field, value] of Object.entries(query)) {
    if (field.endsWith("_at") && leaves(value).some((leaf) => typeof leaf !== "string" || !isQueryDate(leaf))) {
      return `${field}: harus tanggal, mis. 2026-12-01 atau 2026-12-01T08:00:00Z`
    }
  }
  return null
}

/**
 * Medusa's store list routes pass `limit=-1` and `created_at[$gt]=notadate`
 * on to PostgreSQL, whose refusal came back as a 500. They are the caller's
 * mistake: a 400 that names the field, before anything is queried.
 */
export function guardListQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = listQueryProblem(req.query as Record<string, unknown>)
  if (problem) return next(new MedusaError(MedusaError.Types.INVALID_DATA, problem))
  next()
}
