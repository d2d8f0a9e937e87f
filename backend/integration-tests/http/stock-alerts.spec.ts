import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STOCK_ALERT_MODULE } from "../../src/modules/stock-alert"
import type StockAlertModuleService from "../../src/modules/stock-alert/service"
import { backendTestRunner } from "../medusa-runner"
import { producerHeaders, type Headers } from "../producer-fixtures"
import { seededStore } from "../seeded-store"

type Response = { status: number; data: any }

backendTestRunner(
  ({ api, getContainer }) => {
    describe("back in stock: a buyer asks on a sold-out product and hears once, in their language, when it can be bought again", () => {
      let store: Headers
      let admin: Headers
      let producer: Headers
      let product: { id: string; handle: string; title: string; variantIds: string[] }
      const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
      const ask = (body: Record<string, unknown>) => call(api.post("/store/stock-alerts", body, store))
      const alerts = () => getContainer().resolve<StockAlertModuleService>(STOCK_ALERT_MODULE).listStockAlerts({ product_id: product.id })
      const sentTo = async (email: string) =>
        (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email, template: "back-in-stock" })) as Array<{
          data: Record<string, string>
        }>

      async function until<T>(what: string, probe: () => Promise<T | undefined | false>): Promise<T> {
        for (let attempt = 0; attempt < 100; attempt++) {
          const value = await probe()
          if (value) return value
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        throw new Error(`waited 10 s for ${what}`)
      }

      /** The producer sets every variant's stock from the panel; the product's page follows. */
      async function setStock(units: number) {
        const variants = product.variantIds.map((variant_id) => ({ variant_id, stocked_quantity: units }))
        expect((await call(api.post(`/producer/products/${product.id}/stock`, { variants }, producer))).status).toBe(200)
        await until(`the page to say ${units ? "in stock" : "sold out"}`, async () => {
          const { data } = await api.get(`/store/catalogue/products/${product.handle}`, store)
          return data.product.variants.some((variant: { inStock: boolean }) => variant.inStock) === units > 0
        })
      }

      beforeAll(async () => {
        const container = getContainer()
        ;({ store, admin } = await seededStore(container, api))
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await api.get("/store/products?limit=200&fields=id,handle,title,variants.id", store)
        for (const candidate of data.products) {
          const { data: rows } = await query.graph({ entity: "product", fields: ["producer.id", "variants.manage_inventory"], filters: { id: candidate.id } })
          if (!rows[0]?.producer || !rows[0].variants?.every((variant) => variant?.manage_inventory)) continue
          product = {
            id: candidate.id,
            handle: candidate.handle,
            title: candidate.title,
            variantIds: candidate.variants.map((variant: { id: string }) => variant.id),
          }
          producer = await producerHeaders(container, api, "produsen-stok-alert@uji.test", rows[0].producer.id)
          break
        }
        expect(product).toBeDefined()
      })

      it("refuses, in Indonesian, an alert for a product in stock, an unknown product or a bad address", async () => {
        await setStock(5)
        const inStock = await ask({ handle: product.handle, email: "siti@contoh.id" })
        expect(inStock.status).toBe(409)
        expect(inStock.data.message).toContain("masih tersedia")
        expect((await ask({ handle: "tidak-ada-produk-ini", email: "siti@contoh.id" })).status).toBe(404)
        const badEmail = await ask({ handle: product.handle, email: "bukan-email" })
        expect(badEmail.status).toBe(400)
        expect(badEmail.data.message).toContain("alamat email yang benar")
        expect(await alerts()).toEqual([])
      })

      it("keeps one alert per address, and when the producer restocks sends each waiting buyer one message in their language, then forgets the address", async () => {
        await setStock(0)
        const first = await ask({ handle: product.handle, email: "Siti@Contoh.id", locale: "en" })
        expect(first.status).toBe(201)
        expect(first.data.stock_alert).toEqual({ product_id: product.id, email: "siti@contoh.id" })
        // Asked again, or twice at once: still one alert, and the same answer for anyone.
        const again = await Promise.all([ask({ handle: product.handle, email: "siti@contoh.id" }), ask({ handle: product.handle, email: "SITI@contoh.id" })])
        expect(again.map((answer) => answer.status)).toEqual([200, 200])
        expect((await ask({ handle: product.handle, email: "budi@contoh.id" })).status).toBe(201)
        expect((await alerts()).map((alert) => alert.email).sort()).toEqual(["budi@contoh.id", "siti@contoh.id"])
        expect(await sentTo("siti@contoh.id")).toEqual([])

        await setStock(4)
        const [siti] = await until("Siti's message", async () => (await sentTo("siti@contoh.id")).length > 0 && sentTo("siti@contoh.id"))
        expect(siti.data).toMatchObject({ subject: `${product.title} is back at Pasar Desa OK OCE`, product_path: `/en/produk/${product.handle}` })
        const [budi] = await until("Budi's message", async () => (await sentTo("budi@contoh.id")).length > 0 && sentTo("budi@contoh.id"))
        expect(budi.data).toMatchObject({ subject: `${product.title} tersedia lagi di Pasar Desa OK OCE`, product_path: `/produk/${product.handle}` })
        await until("the alerts to be forgotten", async () => (await alerts()).length === 0)

        // Sold out and back again: nobody asked again, so nobody hears again.
        await setStock(0)
        await setStock(2)
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(await sentTo("siti@contoh.id")).toHaveLength(1)
        expect(await sentTo("budi@contoh.id")).toHaveLength(1)
      })

      it("lists a buyer's waits in their data export, and their erasure removes them", async () => {
        await setStock(0)
        expect((await ask({ handle: product.handle, email: "hapus.saya@contoh.id" })).status).toBe(201)
        const exported = (await api.post("/admin/data-requests/buyer-export", { email: "hapus.saya@contoh.id" }, admin)).data
        expect(exported.stock_alerts).toEqual([expect.objectContaining({ product_id: product.id, locale: "id" })])
        const erased = await api.post("/admin/data-requests/buyer-erasure", { email: "hapus.saya@contoh.id", reason: "Permintaan pembeli lewat email" }, admin)
        expect(erased.data.erased.stock_alerts).toBe(1)
        expect(await alerts()).toEqual([])
      })
    })
  },
  { seeded: true }
)
