import { PRODUCER_STATUS_LABELS } from "./labels"
import type { ProducerListFilters, ProducerStatus } from "./types"

export const PRODUCER_PAGE_SIZE = 50

/** The producer page's search, status and page live in the URL, so going back or sharing a link shows the same list. */
export function readProducerFilters(params: URLSearchParams): ProducerListFilters {
  const status = params.get("status") as ProducerStatus | null
  const offset = Number(params.get("offset") ?? 0)
  return {
    q: params.get("q")?.trim() || undefined,
    status: status && Object.hasOwn(PRODUCER_STATUS_LABELS, status) ? status : undefined,
    limit: PRODUCER_PAGE_SIZE,
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  }
}

export function writeProducerFilters(filters: ProducerListFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.q) params.set("q", filters.q)
  if (filters.status) params.set("status", filters.status)
  if (filters.offset) params.set("offset", String(filters.offset))
  return params
}
