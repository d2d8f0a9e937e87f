import { seedDemo } from "@pasar-desa/seed"
import { backendTestRunner } from "../medusa-runner"

backendTestRunner(({ api, getContainer }) => {
  describe("the seeded store", () => {
    let publishableKey: string

    beforeEach(async () => {
      ;({ publishableKey } = await seedDemo(getContainer(), { accounts: [] }))
    })

    it("answers /health", async () => {
      const response = await api.get("/health")
      expect(response.status).toBe(200)
    })

    it("lists the seeded products with rupiah prices to a storefront holding the publishable key", async () => {
      const { data: regions } = await api.get("/store/regions", { headers: { "x-publishable-api-key": publishableKey } })
      const region = regions.regions.find((candidate: { currency_code: string }) => candidate.currency_code === "idr")
      const response = await api.get(`/store/products?region_id=${region.id}&fields=handle,*variants.calculated_price&limit=50`, {
        headers: { "x-publishable-api-key": publishableKey },
      })
      expect(response.status).toBe(200)
      const byHandle = new Map(response.data.products.map((product: { handle: string }) => [product.handle, product]))
      expect([...byHandle.keys()]).toEqual(expect.arrayContaining(["sale-pisang-ngadirojo", "tiwul-instan-punung", "kopi-robusta-tegalombo"]))
      const salePisang = byHandle.get("sale-pisang-ngadirojo") as { variants: Array<{ calculated_price: { calculated_amount: number; currency_code: string } }> }
      expect(salePisang.variants[0].calculated_price).toMatchObject({ calculated_amount: 25000, currency_code: "idr" })
    })

    it("refuses the store API without a publishable key, with a 400 that says what is missing", async () => {
      const response = await api.get("/store/products").catch((error) => error.response)
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/x-publishable-api-key/)
    })

    it("changes nothing when the seed runs a second time", async () => {
      const again = await seedDemo(getContainer(), { accounts: [] })
      expect(again).toMatchObject({ publishableKey, createdProducts: 0, createdAccounts: 0 })
    })
  })
})
