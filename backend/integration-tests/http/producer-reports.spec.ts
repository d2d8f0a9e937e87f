import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { pacitanDay } from "../../src/lib/time/pacitan-day"
import { coordinatorHeaders } from "../admin-auth"
import { backendTestRunner } from "../medusa-runner"
import { producerHeaders, type Headers } from "../producer-fixtures"
import { producerSharesOfOrder, variantsOfProducers, type ProducerPick } from "../producer-picks"
import { seededStore } from "../seeded-store"
import { storeCheckout } from "../store-checkout"
import { wibMonthOf } from "../../src/lib/settlement/statement-month"

type Figures = { orders: number; quantity: number; amount: number }
type SalesReport = {
  period: string
  from: string
  to: string
  totals: Figures
  buckets: Array<Figures & { bucket: string }>
  products: Array<Figures & { product_id: string | null; title: string }>
}
type ProgrammeFigures = { active_producers: number; approved_products: number; orders: number; sales: number; new_producers: number[] }
type Programme = {
  months: string[]
  kecamatan: Array<ProgrammeFigures & { id: string; name: string; desa: Array<ProgrammeFigures & { id: string; name: string }> }>
  totals: ProgrammeFigures
}
type Response = { status: number; data: any; headers: Record<string, string> }

/** The first instant of a Pacitan day, as the test writes it for SQL (00:00 WIB is 17:00 UTC the day before). */
const wibStart = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 7 * 3_600_000)

/**
 * The test's own count of what producers sold, straight from Medusa's order tables: their lines (producer_order.item_ids)
 * at each order's current version, of orders not canceled whose live payment is captured (every order here is paid
 * on delivery or by transfer, so captured is what paid means). Written apart from the route's reader on purpose.
 */
async function soldBySql(container: MedusaContainer, producerIds: string[], since: Date): Promise<Figures> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select count(distinct o.id) as orders, coalesce(sum(item.quantity), 0) as quantity, coalesce(sum(line.unit_price * item.quantity), 0) as amount
       from producer_order part
       join "order" o on o.id = part.order_id and o.deleted_at is null
       join order_item item on item.order_id = o.id and item.version = o.version and item.deleted_at is null
       join order_line_item line on line.id = item.item_id and line.id = any(part.item_ids)
      where part.producer_id = any(?) and part.deleted_at is null and o.status <> 'canceled' and o.created_at >= ?
        and exists (select 1 from order_payment_collection link join payment pay on pay.payment_collection_id = link.payment_collection_id
                     where link.order_id = o.id and link.deleted_at is null and pay.captured_at is not null and pay.canceled_at is null)`,
    [producerIds, since]
  )
  return { orders: Number(rows[0].orders), quantity: Number(rows[0].quantity), amount: Number(rows[0].amount) }
}

/** A link table of Medusa's found by the two columns it joins (its name is Medusa's to choose). */
async function linkTable(container: MedusaContainer, left: string, right: string) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select a.table_name from information_schema.columns a join information_schema.columns b on a.table_name = b.table_name
      where a.column_name = ? and b.column_name = ? and a.table_schema = current_schema() and b.table_schema = current_schema()`,
    [left, right]
  )
  return rows[0].table_name as string
}

backendTestRunner(
  ({ api, getContainer }) => {
    describe("sales reports: a producer's own, and the programme's per kecamatan", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      let own: ProducerPick
      let stranger: ProducerPick
      let ownHeaders: Headers
      let ownKecamatan: string
      let otherKecamatan: string
      const today = pacitanDay()
      const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
      const report = async (query: string, auth = ownHeaders) => (await api.get(`/producer/reports/sales?${query}`, auth)).data as SalesReport

      /** A paid order: placed through the store routes (cash on delivery), its payment captured by a coordinator. */
      async function paidOrder(lines: Array<{ variant_id: string; quantity: number }>, producerCount: number) {
        const order = await storeCheckout(api, store, regionId).placeOrder(lines)
        await producerSharesOfOrder(getContainer(), order.id, producerCount)
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "order", fields: ["id", "payment_collections.payments.id"], filters: { id: order.id } })
        const paymentId = data[0].payment_collections![0]!.payments![0]!.id
        expect((await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)).status).toBe(200)
        return order.id
      }

      let before: SalesReport
      let unitPrice: number

      beforeAll(async () => {
        const container = getContainer()
        ;({ store, admin, regionId } = await seededStore(container, api))
        const picks = await variantsOfProducers(api, store, container, 3, 8)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: placed } = await query.graph({
          entity: "producer",
          fields: ["id", "desa.kecamatan_id"],
          filters: { id: picks.map((pick) => pick.producerId) },
        })
        const kecamatanOf = (producerId: string) => placed.find((row) => row.id === producerId)!.desa!.kecamatan_id as string
        own = picks[0]
        // The stranger from another kecamatan when the seed offers one: the coordinator's view then has something to leave out.
        stranger = picks.find((pick) => kecamatanOf(pick.producerId) !== kecamatanOf(own.producerId)) ?? picks[1]
        ownKecamatan = kecamatanOf(own.producerId)
        const { data: kecamatan } = await query.graph({ entity: "kecamatan", fields: ["id"] })
        otherKecamatan = kecamatan.find((row) => row.id !== ownKecamatan)!.id
        ownHeaders = await producerHeaders(container, api, "laporan-produsen@uji.test", own.producerId)
        before = await report("period=day")

        // Counted: two paid orders, one shared with the stranger.
        await paidOrder(
          [
            { variant_id: own.variantId, quantity: 2 },
            { variant_id: stranger.variantId, quantity: 3 },
          ],
          2
        )
        await paidOrder([{ variant_id: own.variantId, quantity: 1 }], 1)
        // Not counted: a paid order the coordinator then cancels, and one still to be paid on delivery.
        const canceled = await paidOrder([{ variant_id: own.variantId, quantity: 1 }], 1)
        expect((await call(api.post(`/admin/orders/${canceled}/cancel`, {}, admin))).status).toBe(200)
        await storeCheckout(api, store, regionId).placeOrder([{ variant_id: own.variantId, quantity: 1 }])
        const { data: lines } = await query.graph({ entity: "order", fields: ["items.variant_id", "items.unit_price"], filters: { id: canceled } })
        unitPrice = Number(lines[0].items!.find((item) => item?.variant_id === own.variantId)!.unit_price)
      })

      it("adds today's paid orders to today's bucket in Pacitan time, and leaves out the canceled and the unpaid", async () => {
        const after = await report("period=day")
        expect(after).toMatchObject({ period: "day", to: today })
        expect(after.buckets).toHaveLength(30)
        const bucket = (read: SalesReport) => read.buckets.find((entry) => entry.bucket === today)!
        expect(bucket(after).orders - bucket(before).orders).toBe(2)
        expect(bucket(after).quantity - bucket(before).quantity).toBe(3)
        expect(bucket(after).amount - bucket(before).amount).toBe(3 * unitPrice)
        expect(after.totals.amount - before.totals.amount).toBe(3 * unitPrice)
      })

      it("equals a direct SQL count of the producer's lines, by day, week and month alike", async () => {
        for (const query of ["period=day", `period=week&from=${after30Days(today)}&to=${today}`, "period=month"]) {
          const read = await report(query)
          const expected = await soldBySql(getContainer(), [own.producerId], wibStart(read.from))
          expect(read.totals).toEqual(expected)
          expect(read.buckets.reduce((sum, entry) => sum + entry.amount, 0)).toBe(expected.amount)
          expect(read.products.reduce((sum, entry) => sum + entry.quantity, 0)).toBe(expected.quantity)
        }
      })

      it("never shows one producer another's products or sales", async () => {
        const read = await report("period=month")
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "producer", fields: ["id", "products.id"], filters: { id: own.producerId } })
        const ownProducts = new Set((data[0].products ?? []).map((product) => product!.id))
        expect(read.products.length).toBeGreaterThan(0)
        expect(read.products.every((product) => product.product_id && ownProducts.has(product.product_id))).toBe(true)
        const strangers = await report("period=month", await producerHeaders(getContainer(), api, "laporan-lain@uji.test", stranger.producerId))
        expect(strangers.totals).toEqual(await soldBySql(getContainer(), [stranger.producerId], wibStart(strangers.from)))
        expect(strangers.products.some((product) => ownProducts.has(product.product_id!))).toBe(false)
      })

      it("lets a suspended producer still read what they sold", async () => {
        const producers: ProducerModuleService = getContainer().resolve(PRODUCER_MODULE)
        await producers.updateProducers({ id: own.producerId, status: "suspended", status_reason: "Sedang diperiksa koordinator" })
        try {
          const read = await call(api.get("/producer/reports/sales?period=week", ownHeaders))
          expect(read.status).toBe(200)
          expect(read.data.totals.amount).toBeGreaterThan(0)
        } finally {
          await producers.updateProducers({ id: own.producerId, status: "active", status_reason: null })
        }
      })

      it.each([
        ["period=tahun", "period: pilih salah satu dari day, week, month / day, week or month"],
        ["from=2026-02-30", "from: tanggal berbentuk TTTT-BB-HH, misalnya 2026-12-01 / a date like 2026-12-01"],
        ["from=kemarin", "from: tanggal berbentuk TTTT-BB-HH, misalnya 2026-12-01 / a date like 2026-12-01"],
        ["from=2026-12-07&to=2026-12-01", "from: tanggal awal tidak boleh sesudah tanggal akhir / from is after to"],
        ["period=day&from=2026-01-01&to=2026-12-31", "to: paling banyak 92 hari dalam satu laporan / at most 92 days per report"],
        ["period=month&from=2020-01-01&to=2026-12-31", "to: paling banyak 24 bulan dalam satu laporan / at most 24 months per report"],
        ["producer_id=prdc_lain", "isian tidak dikenal: producer_id"],
      ])("refuses ?%s with 400 in Indonesian", async (query, message) => {
        const refused = await call(api.get(`/producer/reports/sales?${query}`, ownHeaders))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(message)
      })

      it("gives the programme's figures per kecamatan as a direct SQL count of the same orders, producers and products", async () => {
        const container = getContainer()
        const programme = (await api.get("/admin/reports/programme?months=12", admin)).data as Programme
        expect(programme.months).toHaveLength(12)
        expect(programme.months.at(-1)).toBe(wibMonthOf(new Date()))
        const place = programme.kecamatan.find((row) => row.id === ownKecamatan)!
        const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const producerDesa = await linkTable(container, "producer_id", "desa_id")
        const { rows: producers } = await pg.raw(
          `select p.id, p.status from producer p join ${producerDesa} link on link.producer_id = p.id and link.deleted_at is null
             join desa d on d.id = link.desa_id where d.kecamatan_id = ? and p.deleted_at is null`,
          [ownKecamatan]
        )
        const ids = producers.map((row: { id: string }) => row.id)
        const productProducer = await linkTable(container, "product_id", "producer_id")
        const productCuration = await linkTable(container, "product_id", "product_curation_id")
        const { rows: approved } = await pg.raw(
          `select count(*) as count from ${productProducer} owner join ${productCuration} curated on curated.product_id = owner.product_id and curated.deleted_at is null
             join product_curation c on c.id = curated.product_curation_id where owner.producer_id = any(?) and owner.deleted_at is null and c.state = 'approved'`,
          [ids]
        )
        const sold = await soldBySql(container, ids, wibStart(`${programme.months[0]}-01`))
        expect(place).toMatchObject({
          active_producers: producers.filter((row: { status: string }) => row.status === "active").length,
          approved_products: Number(approved[0].count),
          orders: sold.orders,
          sales: sold.amount,
        })
        expect(place.sales).toBeGreaterThan(0)
        // Each kecamatan adds up its desa's rupiah.
        expect(place.desa.reduce((sum, desa) => sum + desa.sales, 0)).toBe(place.sales)

        // The CSV holds the same numbers.
        const csv = (await api.get("/admin/reports/programme/export?months=12", admin)) as Response
        expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
        const lines = (csv.data as string).split("\r\n")
        expect(lines[0]).toMatch(/^"kecamatan","desa","produsen_aktif","produk_disetujui","pesanan","penjualan_rupiah","produsen_baru_/)
        expect(lines).toContain(
          [place.name, "Jumlah kecamatan", place.active_producers, place.approved_products, place.orders, place.sales, ...place.new_producers]
            .map((field) => `"${field}"`)
            .join(",")
        )
      })

      it("shows a kecamatan coordinator their kecamatan only, and refuses another's with 403", async () => {
        const { headers } = await coordinatorHeaders(getContainer(), api, "laporan-kecamatan@uji.test", { role: "kecamatan", kecamatan_ids: [ownKecamatan] })
        const theirs = (await api.get("/admin/reports/programme", { headers })).data as Programme
        expect(theirs.kecamatan.map((row) => row.id)).toEqual([ownKecamatan])
        const head = (await api.get(`/admin/reports/programme?kecamatan_id=${ownKecamatan}`, admin)).data as Programme
        expect(theirs.totals).toEqual(head.totals)
        const refused = await call(api.get(`/admin/reports/programme?kecamatan_id=${otherKecamatan}`, { headers }))
        expect(refused.status).toBe(403)
        expect(refused.data.message).toBe("Kecamatan ini di luar wilayah Anda / this kecamatan is outside your territory")
        const csv = (await api.get("/admin/reports/programme/export", { headers })).data as string
        const kecamatanNames = new Set(
          csv
            .trim()
            .split("\r\n")
            .slice(1, -1)
            .map((line) => line.split(",")[0])
        )
        expect([...kecamatanNames]).toEqual([`"${theirs.kecamatan[0].name}"`])
      })
    })
  },
  { seeded: true }
)

/** The first day of the 30-day default range ending on `day`. */
function after30Days(day: string) {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10)
}
