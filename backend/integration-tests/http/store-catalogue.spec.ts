import { readSeedData, seedDemo } from "@pasar-desa/seed"
import { backendTestRunner } from "../medusa-runner"

const silent = { start: () => {}, tick: () => {}, stop: () => {} }
const { catalogue } = readSeedData()

backendTestRunner(({ api, getContainer }) => {
  describe("the seeded store", () => {
    let publishableKey: string

    beforeAll(async () => {
      ;({ publishableKey } = await seedDemo(getContainer(), { accounts: [], progress: silent }))
    })

    it("answers /health", async () => {
      const response = await api.get("/health")
      expect(response.status).toBe(200)
    })

    it("lists the seeded products with rupiah prices to a storefront holding the publishable key", async () => {
      const headers = { "x-publishable-api-key": publishableKey }
      const { data: regions } = await api.get("/store/regions", { headers })
      const region = regions.regions.find((candidate: { currency_code: string }) => candidate.currency_code === "idr")
      const expected = catalogue.products.slice(0, 3)
      const handles = expected.map((product) => `handle[]=${product.handle}`).join("&")
      const response = await api.get(`/store/products?region_id=${region.id}&${handles}&fields=handle,variants.sku,*variants.calculated_price`, { headers })
      expect(response.status).toBe(200)
      const byHandle = new Map(response.data.products.map((product: { handle: string }) => [product.handle, product]))
      expect([...byHandle.keys()].sort()).toEqual(expected.map((product) => product.handle).sort())
      const first = byHandle.get(expected[0].handle) as { variants: Array<{ sku: string; calculated_price: { calculated_amount: number; currency_code: string } }> }
      const variant = first.variants.find((candidate) => candidate.sku === expected[0].variants[0].sku)!
      expect(variant.calculated_price).toMatchObject({ calculated_amount: expected[0].variants[0].price, currency_code: "idr" })
    })

    it("refuses the store API without a publishable key, with a 400 that says what is missing", async () => {
      const response = await api.get("/store/products").catch((error) => error.response)
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/x-publishable-api-key/)
    })
  })
})
