import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type ProgrammeFigures = {
  active_producers: number
  approved_products: number
  orders: number
  sales: number
  new_producers: number[]
}

/** GET /admin/reports/programme: the territory's figures per kecamatan and desa. */
export type ProgrammeReport = {
  months: string[]
  currency_code: string
  kecamatan: Array<ProgrammeFigures & { id: string; name: string; desa: Array<ProgrammeFigures & { id: string; name: string }> }>
  totals: ProgrammeFigures
}

export const PROGRAMME_MONTHS = [3, 6, 12, 24] as const

/** The query both the page and its CSV link send: the same figures in both. */
export const programmeQuery = (kecamatanId: string, months: number) => ({ ...(kecamatanId ? { kecamatan_id: kecamatanId } : {}), months: String(months) })

export const useProgramme = (kecamatanId: string, months: number) =>
  useQuery({
    queryKey: ["ok-oce-reports", "programme", kecamatanId, months],
    queryFn: () => sdk.client.fetch<ProgrammeReport>("/admin/reports/programme", { method: "GET", query: programmeQuery(kecamatanId, months) }),
    placeholderData: (previous) => previous,
  })
