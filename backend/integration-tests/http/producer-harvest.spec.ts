import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { HARVEST_MODULE } from "../../src/modules/harvest"
import type HarvestModuleService from "../../src/modules/harvest/service"
import { addDays, pacitanDay } from "../../src/modules/harvest/rules"
import { backendTestRunner } from "../medusa-runner"
import { createTestDesa, createTestProducer, newProduct, producerHeaders, type Headers } from "../producer-fixtures"

type Response = { status: number; data: any }

backendTestRunner(({ api, getContainer }) => {
  describe("a producer's harvest forecast", () => {
    let producer: Headers
    let productId: string
    const today = pacitanDay()
    const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
    const get = (url: string) => call(api.get(url, producer))
    const post = (url: string, body: unknown) => call(api.post(url, body, producer))
    const harvestUrl = () => `/producer/products/${productId}/harvest`
    /** What is stored, read past the route, so a refused request is seen to change nothing. */
    const stored = async () => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["product_harvest.*"], filters: { id: productId } })
      return data[0]?.product_harvest ?? null
    }

    beforeAll(async () => {
      const container = getContainer()
      const desaId = await createTestDesa(container)
      const producerId = await createTestProducer(container, desaId, "kebun-pak-harjo")
      producer = await producerHeaders(container, api, "panen@test.local", producerId)
      productId = (await post("/producer/products", newProduct("Pisang Kepok Segar"))).data.product.id
    })

    it("has no harvest until the producer sets one", async () => {
      const response = await get(harvestUrl())
      expect(response.status).toBe(200)
      expect(response.data).toEqual({ harvest: null })
    })

    it("sets the harvest date and forecast, then replaces them with a newer forecast", async () => {
      const first = await post(harvestUrl(), { expected_on: addDays(today, 14), forecast_quantity: 300, unit: "tandan", note: "Kebun atas" })
      expect(first.status, JSON.stringify(first.data)).toBe(200)
      expect(first.data.harvest).toEqual({
        id: expect.stringMatching(/^hrv_/),
        expected_on: addDays(today, 14),
        forecast_quantity: 300,
        unit: "tandan",
        note: "Kebun atas",
      })
      const second = await post(harvestUrl(), { expected_on: addDays(today, 21), forecast_quantity: 250 })
      expect(second.data.harvest).toEqual({ id: first.data.harvest.id, expected_on: addDays(today, 21), forecast_quantity: 250, unit: "kg", note: null })
      expect((await get(harvestUrl())).data).toEqual(second.data)
    })

    it.each([
      [{ expected_on: "2026-13-40", forecast_quantity: 10 }, "expected_on", /expected_on: tanggal panen harus berformat/],
      [{ expected_on: "31-12-2099", forecast_quantity: 10 }, "expected_on", /YYYY-MM-DD/],
      [{ forecast_quantity: 10 }, "expected_on", /expected_on: tanggal panen/],
      [{ expected_on: "2099-01-01", forecast_quantity: 0 }, "forecast_quantity", /forecast_quantity: perkiraan hasil panen harus bilangan bulat/],
      [{ expected_on: "2099-01-01", forecast_quantity: 2.5 }, "forecast_quantity", /forecast_quantity: perkiraan/],
      [{ expected_on: "2099-01-01", forecast_quantity: 10, unit: "karung" }, "unit", /unit: satuan harus salah satu/],
      [{ expected_on: "2099-01-01", forecast_quantity: "10" }, "forecast_quantity", /forecast_quantity: perkiraan/],
      [{ expected_on: "2099-01-01", forecast_quantity: 10, note: "x".repeat(201) }, "note", /note: catatan panen/],
      [{ expected_on: "2099-01-01", forecast_quantity: 10, status: "approved" }, "status", /status/],
    ])("refuses %j with a 400 naming %s in Indonesian, and keeps what was stored", async (body, _field, message) => {
      const before = await stored()
      const response = await post(harvestUrl(), body)
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(message)
      expect(await stored()).toEqual(before)
    })

    it("refuses a harvest date that has already passed in Pacitan", async () => {
      const before = await stored()
      const response = await post(harvestUrl(), { expected_on: addDays(today, -1), forecast_quantity: 10 })
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/expected_on: tanggal panen .* sudah lewat/)
      expect(await stored()).toEqual(before)
    })

    describe("two taps at once (a slow phone, a double tap)", () => {
      const inventoryItemsOf = async (id: string): Promise<string[]> => {
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "product", fields: ["variants.inventory_items.inventory_item_id"], filters: { id } })
        return data[0].variants.map((variant) => variant.inventory_items![0]!.inventory_item_id)
      }
      const stockedOf = async (id: string) => {
        const levels = await getContainer()
          .resolve(Modules.INVENTORY)
          .listInventoryLevels({ inventory_item_id: await inventoryItemsOf(id) })
        return levels.reduce((sum, level) => sum + Number(level.stocked_quantity), 0)
      }
      /** An empty shelf at the producer's location (a product made in the panel has its stock set later). */
      const emptyShelfFor = async (id: string) => {
        const container = getContainer()
        const { data } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "product", fields: ["producer.stock_location.id"], filters: { id } })
        const locationId = data[0].producer!.stock_location!.id
        const levels = (await inventoryItemsOf(id)).map((inventory_item_id) => ({ inventory_item_id, location_id: locationId, stocked_quantity: 0 }))
        await container.resolve(Modules.INVENTORY).createInventoryLevels(levels)
      }
      const harvestCount = async () => (await getContainer().resolve<HarvestModuleService>(HARVEST_MODULE).listProductHarvests({}, { take: null })).length

      it("sets one forecast when the same one is sent twice at once: both answered, one harvest stored", async () => {
        const id = (await post("/producer/products", newProduct("Jagung Manis Ketuk Dua"))).data.product.id
        const before = await harvestCount()
        const body = { expected_on: addDays(today, 10), forecast_quantity: 200, unit: "kg", note: " " }
        const [first, second] = await Promise.all([post(`/producer/products/${id}/harvest`, body), post(`/producer/products/${id}/harvest`, body)])
        expect([first.status, second.status], JSON.stringify([first.data, second.data])).toEqual([200, 200])
        expect(second.data.harvest.id).toBe(first.data.harvest.id)
        expect(await harvestCount()).toBe(before + 1)
      })

      it("puts a harvest recorded twice at once on the shelf once, and tells the second tap there is no forecast left", async () => {
        const id = (await post("/producer/products", newProduct("Kacang Tanah Ketuk Dua"))).data.product.id
        await emptyShelfFor(id)
        expect((await post(`/producer/products/${id}/harvest`, { expected_on: addDays(today, 7), forecast_quantity: 50, unit: "kg" })).status).toBe(200)
        const before = await stockedOf(id)
        const url = `/producer/products/${id}/harvest/harvested`
        const answers = await Promise.all([post(url, { quantity: 7 }), post(url, { quantity: 7 })])
        expect(answers.map((answer) => answer.status).sort(), JSON.stringify(answers.map((answer) => answer.data))).toEqual([200, 400])
        expect(answers.find((answer) => answer.status === 400)!.data.message).toMatch(/belum punya perkiraan panen/)
        const shelved = answers.find((answer) => answer.status === 200)!.data.harvest.items_shelved
        expect(shelved).toBeGreaterThan(0)
        expect(await stockedOf(id)).toBe(before + shelved)
      })
    })

    it("answers 404 for a product that does not exist, worded as for another producer's", async () => {
      const response = await post("/producer/products/prod_tidak_ada/harvest", { expected_on: addDays(today, 3), forecast_quantity: 10 })
      expect(response.status).toBe(404)
      expect(response.data.message).toBe("Produk tidak ditemukan / product not found")
    })
  })
})
