import { backendTestRunner } from "../medusa-runner"
import { createTestDesa, createTestProducer, newProduct, producerHeaders, type Headers } from "../producer-fixtures"

type Response = { status: number; data: any }

/** Zod's own type and range checks used to reach producers in English ("Value for field 'price' too small"). */
backendTestRunner(({ api, getContainer }) => {
  describe("producer API validation messages", () => {
    let producer: Headers
    const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
    const get = (url: string) => call(api.get(url, producer))
    const post = (url: string, body: unknown) => call(api.post(url, body, producer))
    const ENGLISH = /Value for field|Expected type|is required|Unrecognized fields|Invalid request/

    beforeAll(async () => {
      const container = getContainer()
      const desaId = await createTestDesa(container)
      const producerId = await createTestProducer(container, desaId, "pesan-indonesia")
      producer = await producerHeaders(container, api, "pesan@test.local", producerId)
    })

    it.each([
      ["a word where the price belongs", { variants: [{ title: "250 g", price: "mahal" }] }, "variants.0.price: harus berupa angka"],
      ["a one-letter title", { title: "K" }, "title: paling sedikit 3 huruf"],
      ["four categories", { category_ids: ["a", "b", "c", "d"] }, "category_ids: paling banyak 3 isian"],
      ["an unknown food type", { compliance: { ...newProduct().compliance, product_type: "obat" } }, "compliance.product_type: pilih salah satu dari"],
      ["a producer's status", { status: "approved" }, "isian tidak dikenal: status"],
    ])("answers a new product with %s by a 400 naming the field in Indonesian, and creates nothing", async (_case, change, message) => {
      const response = await post("/producer/products", { ...newProduct(), ...change })
      expect(response.status).toBe(400)
      expect(response.data.type).toBe("invalid_data")
      expect(response.data.message).toContain(message)
      expect(response.data.message).not.toMatch(ENGLISH)
      expect((await get("/producer/products")).data.count).toBe(0)
    })

    it("says a missing field must be filled in", async () => {
      const { title: _title, ...withoutTitle } = newProduct()
      const response = await post("/producer/products", withoutTitle)
      expect(response.status).toBe(400)
      expect(response.data.message).toBe("title: wajib diisi")
    })

    it("keeps the messages written on the schema", async () => {
      const response = await post("/producer/products", { ...newProduct(), variants: [{ title: "250 g", price: 100 }] })
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/^variants\.0\.price: harga minimal Rp 500|^price: harga minimal Rp 500/)
    })

    it("answers a bad query in Indonesian too", async () => {
      const limit = await get("/producer/products?limit=0")
      expect(limit.status).toBe(400)
      expect(limit.data.message).toBe("limit: paling kecil 1")
      const lowStock = await get("/producer/stock?low_stock=ya")
      expect(lowStock.status).toBe(400)
      expect(lowStock.data.message).toBe("low_stock: pilih salah satu dari true, false")
    })

    it("answers a wrong profile edit in Indonesian and changes nothing", async () => {
      const before = (await get("/producer/me")).data.producer
      const response = await post("/producer/me", { phone_public: "ya", story: "pendek" })
      expect(response.status).toBe(400)
      expect(response.data.message).toBe("phone_public: harus berupa ya atau tidak (true/false); story: paling sedikit 20 huruf")
      expect((await get("/producer/me")).data.producer).toEqual(before)
    })
  })
})
