import { CURATION_STATES } from "./labels"
import type { CurationQueueFilters, CurationState } from "./types"

export const QUEUE_PAGE_SIZE = 50
export const DEFAULT_QUEUE_STATE: CurationState = "submitted"

/**
 * Queue filters live in the URL so that coming back from a review (or sharing
 * a link with another coordinator) shows the same list. "status=all" is
 * explicit because a missing status means the default, "submitted".
 */
export function readQueueFilters(params: URLSearchParams): CurationQueueFilters {
  const status = params.get("status")
  const offset = Number(params.get("offset") ?? 0)
  return {
    status: status === "all" ? undefined : CURATION_STATES.includes(status as CurationState) ? (status as CurationState) : DEFAULT_QUEUE_STATE,
    kecamatan: params.get("kecamatan") || undefined,
    producer: params.get("producer") || undefined,
    limit: QUEUE_PAGE_SIZE,
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  }
}

export function writeQueueFilters(filters: CurationQueueFilters): URLSearchParams {
  const params = new URLSearchParams()
  params.set("status", filters.status ?? "all")
  if (filters.kecamatan) {
    params.set("kecamatan", filters.kecamatan)
  }
  if (filters.producer) {
    params.set("producer", filters.producer)
  }
  if (filters.offset) {
    params.set("offset", String(filters.offset))
  }
  return params
}
