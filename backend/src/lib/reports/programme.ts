import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { coordinatorAccess } from "../coordinator/coordinator-access"
import { producerIdsIn } from "../coordinator/kecamatan-of"
import { shiftMonth, wibMonthBounds, wibMonthOf } from "../settlement/statement-month"
import { readSoldLines, type SoldLine } from "./sold-lines"

export type ProgrammeFigures = {
  active_producers: number
  approved_products: number
  orders: number
  sales: number
  /** Producers registered in each month of `months`, oldest first. */
  new_producers: number[]
}

type Producer = { id: string; status: string; created_at: string | Date; desa_id: string | null; approved_products: number }

/** Adds up a group of producers and their sold lines; an order counts once in a group however many of its producers are in it. */
function figuresOf(producers: Producer[], lines: SoldLine[], months: string[]): ProgrammeFigures {
  const ids = new Set(producers.map((producer) => producer.id))
  const own = lines.filter((line) => ids.has(line.producer_id))
  return {
    active_producers: producers.filter((producer) => producer.status === "active").length,
    approved_products: producers.reduce((sum, producer) => sum + producer.approved_products, 0),
    orders: new Set(own.map((line) => line.order_id)).size,
    sales: own.reduce((sum, line) => sum + line.amount, 0),
    new_producers: months.map((month) => producers.filter((producer) => wibMonthOf(new Date(producer.created_at)) === month).length),
  }
}

/** The kecamatan a coordinator may read, narrowed to the one asked for; asking for another's is a 403. */
async function kecamatanInScope(container: MedusaContainer, actorId: string, asked?: string): Promise<string[] | null> {
  const access = await coordinatorAccess(container, actorId)
  if (access.role === "head") return asked ? [asked] : null
  if (asked && !access.kecamatan_ids.includes(asked)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Kecamatan ini di luar wilayah Anda / this kecamatan is outside your territory")
  }
  return asked ? [asked] : access.kecamatan_ids
}

/**
 * The programme in figures, per kecamatan and desa of the coordinator's
 * territory (a head coordinator: all of Pacitan): producers active now,
 * products approved now, and over the last `months` months in Pacitan's time
 * the orders and rupiah their producers sold (readSoldLines: the same lines
 * and definitions as a producer's own sales report) and the producers who
 * registered, month by month.
 */
export async function programmeReport(container: MedusaContainer, actorId: string, { kecamatan_id, months: count }: { kecamatan_id?: string; months: number }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const scope = await kecamatanInScope(container, actorId, kecamatan_id)
  const thisMonth = wibMonthOf(new Date())
  const months = Array.from({ length: count }, (_, index) => shiftMonth(thisMonth, index - count + 1))
  const { data: places } = await query.graph({
    entity: "kecamatan",
    fields: ["id", "code", "name", "desa.id", "desa.code", "desa.name"],
    ...(scope ? { filters: { id: scope } } : {}),
  })
  const producerIds = await producerIdsIn(
    container,
    places.map((place) => place.id)
  )
  const { data: rows } = producerIds.length
    ? await query.graph({
        entity: "producer",
        fields: ["id", "status", "created_at", "desa.id", "products.id", "products.product_curation.state"],
        filters: { id: producerIds },
      })
    : { data: [] }
  const producers: Producer[] = rows.map((row) => ({
    id: row.id,
    status: row.status,
    created_at: row.created_at,
    desa_id: row.desa?.id ?? null,
    approved_products: (row.products ?? []).filter((product) => product?.product_curation?.state === "approved").length,
  }))
  const lines = await readSoldLines(container, producerIds, { start: wibMonthBounds(months[0]).start, end: wibMonthBounds(thisMonth).end })
  const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code)
  const kecamatan = [...places].sort(byCode).map((place) => {
    const desa = (place.desa ?? []).flatMap((row) => (row ? [row] : [])).sort(byCode)
    const inDesa = (desaId: string) => producers.filter((producer) => producer.desa_id === desaId)
    const desaIds = new Set(desa.map((row) => row.id))
    return {
      id: place.id,
      name: place.name,
      ...figuresOf(
        producers.filter((producer) => producer.desa_id && desaIds.has(producer.desa_id)),
        lines,
        months
      ),
      desa: desa.map((row) => ({ id: row.id, name: row.name, ...figuresOf(inDesa(row.id), lines, months) })),
    }
  })
  return { months, currency_code: "idr", kecamatan, totals: figuresOf(producers, lines, months) }
}

export type ProgrammeReport = Awaited<ReturnType<typeof programmeReport>>

/** The table as a spreadsheet: one row per desa, then its kecamatan's total, then Pacitan's; new producers one column per month. */
export function programmeCsvRows(report: ProgrammeReport): Array<Array<string | number>> {
  const figures = (row: ProgrammeFigures) => [row.active_producers, row.approved_products, row.orders, row.sales, ...row.new_producers]
  return [
    ["kecamatan", "desa", "produsen_aktif", "produk_disetujui", "pesanan", "penjualan_rupiah", ...report.months.map((month) => `produsen_baru_${month}`)],
    ...report.kecamatan.flatMap((place) => [
      ...place.desa.map((desa) => [place.name, desa.name, ...figures(desa)]),
      [place.name, "Jumlah kecamatan", ...figures(place)],
    ]),
    ["Jumlah", "", ...figures(report.totals)],
  ]
}
