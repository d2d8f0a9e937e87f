import { PRODUCER_STATUSES } from "./labels"
import type { ProducerListFilters, ProducerStatus } from "./types"

export const PRODUCER_PAGE_SIZE = 50

/** The URL's word for the licence filter: `?izin=berakhir` lists producers whose licence has expired or runs out soon. */
const LICENCE_PARAM = { name: "izin", expiring: "berakhir" } as const

/** The producer page's search, filters and page live in the URL, so going back or sharing a link shows the same list. */
export function readProducerFilters(params: URLSearchParams): ProducerListFilters {
  const status = params.get("status") as ProducerStatus | null
  const offset = Number(params.get("offset") ?? 0)
  return {
    q: params.get("q")?.trim() || undefined,
    status: status && PRODUCER_STATUSES.includes(status) ? status : undefined,
    kecamatan_id: params.get("kecamatan") || undefined,
    licence: params.get(LICENCE_PARAM.name) === LICENCE_PARAM.expiring ? "expiring" : undefined,
    limit: PRODUCER_PAGE_SIZE,
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  }
}

export function writeProducerFilters(filters: ProducerListFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.q) params.set("q", filters.q)
  if (filters.status) params.set("status", filters.status)
  if (filters.kecamatan_id) params.set("kecamatan", filters.kecamatan_id)
  if (filters.licence === "expiring") params.set(LICENCE_PARAM.name, LICENCE_PARAM.expiring)
  if (filters.offset) params.set("offset", String(filters.offset))
  return params
}
