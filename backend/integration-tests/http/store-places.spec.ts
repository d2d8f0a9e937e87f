import { readSeedData } from "@pasar-desa/seed"
import { backendTestRunner } from "../medusa-runner"
import { seedDemoForTests } from "../seeded-store"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sameWhileCatalogueUnchanged } from "../../src/lib/catalogue/revision-memo"
import { CATALOGUE_REVISION_MODULE } from "../../src/modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../../src/modules/catalogue-revision/service"
import { coordinatorHeaders } from "../admin-auth"

const { catalogue } = readSeedData()
const active = catalogue.producers.filter((producer) => producer.status === "active")
const productsOf = (handle: string) => catalogue.products.filter((product) => product.producer === handle)
const desaByCode = new Map(catalogue.places.kecamatan.flatMap((kecamatan) => kecamatan.desa.map((desa) => [desa.code, { ...desa, kecamatan }] as const)))

backendTestRunner(
  ({ api, getContainer }) => {
    describe("the village and producer store API", () => {
      let store: { headers: Record<string, string> }
      const get = (url: string) => api.get(url, store).catch((error: { response: unknown }) => error.response)

      beforeAll(async () => {
        const { publishableKey } = await seedDemoForTests(getContainer())
        store = { headers: { "x-publishable-api-key": publishableKey } }
      })

      it("lists all 12 kecamatan of Pacitan with their active producers and buyable products", async () => {
        const { status, data } = await get("/store/kecamatan")
        expect(status).toBe(200)
        expect(data.kecamatan).toHaveLength(12)
        expect(data.kecamatan[0]).toMatchObject({ code: "35.01.01", name: "Donorojo", handle: "donorojo", desa_count: 12 })
        const producers = data.kecamatan.reduce((sum: number, row: { producer_count: number }) => sum + row.producer_count, 0)
        const products = data.kecamatan.reduce((sum: number, row: { product_count: number }) => sum + row.product_count, 0)
        expect(producers).toBe(active.length)
        expect(products).toBe(active.flatMap((producer) => productsOf(producer.handle)).length)
      })

      it("lists the desa of one kecamatan, and says which kecamatan is unknown", async () => {
        const donorojo = catalogue.places.kecamatan.find((kecamatan) => kecamatan.handle === "donorojo")!
        const { data } = await get("/store/villages?kecamatan=donorojo")
        expect(data.villages.map((village: { code: string }) => village.code)).toEqual(donorojo.desa.map((desa) => desa.code).sort())
        expect(data.villages[0].kecamatan).toMatchObject({ handle: "donorojo", name: "Donorojo" })

        const unknown = await get("/store/villages?kecamatan=atlantis")
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toContain("Kecamatan 'atlantis' tidak ditemukan")

        const malformed = await get("/store/villages?kecamatan=DROP%20TABLE")
        expect(malformed.status).toBe(400)
        const extra = await get("/store/villages?kecamatan=donorojo&admin=true")
        expect(extra.status).toBe(400)
      })

      it("lists only desa with producers when asked", async () => {
        const { data } = await get("/store/villages?with_producers=true")
        const expected = new Set(active.map((producer) => producer.desa_code))
        expect(data.villages.map((village: { code: string }) => village.code).sort()).toEqual([...expected].sort())
        expect(data.villages.every((village: { producer_count: number }) => village.producer_count > 0)).toBe(true)
      })

      it("shows a village with its kecamatan, active producers and product count", async () => {
        const producer = active[0]
        const desa = desaByCode.get(producer.desa_code)!
        const here = active.filter((candidate) => candidate.desa_code === producer.desa_code)
        const { status, data } = await get(`/store/villages/${desa.handle}`)
        expect(status).toBe(200)
        expect(data.village).toMatchObject({ code: desa.code, name: desa.name, kecamatan: { handle: desa.kecamatan.handle } })
        expect(data.village.producers.map((row: { handle: string }) => row.handle).sort()).toEqual(here.map((row) => row.handle).sort())
        expect(data.village.product_count).toBe(here.flatMap((row) => productsOf(row.handle)).length)

        const missing = await get("/store/villages/desa-yang-tidak-ada")
        expect(missing.status).toBe(404)
        expect(missing.data.message).toContain("desa-yang-tidak-ada")
      })

      it("shows a producer with its village, public licences and products, never a private phone", async () => {
        const producer = active.find((candidate) => !candidate.phone_public && candidate.pirt)!
        const { status, data } = await get(`/store/producers/${producer.handle}`)
        expect(status).toBe(200)
        expect(data.producer).toMatchObject({
          handle: producer.handle,
          business_name: producer.business_name,
          whatsapp: null,
          licences: { pirt: { number: producer.pirt!.number, expires_on: producer.pirt!.expires_on }, demo: true },
          village: { code: producer.desa_code, kecamatan: { code: producer.desa_code.slice(0, 8) } },
        })
        expect(data.producer.products.map((product: { handle: string }) => product.handle).sort()).toEqual(
          productsOf(producer.handle)
            .map((product) => product.handle)
            .sort()
        )
        const body = JSON.stringify(data)
        expect(body).not.toContain(producer.whatsapp)
        expect(body).not.toContain("licence_documents")
        expect(body).not.toContain("status_reason")
      })

      it("shows the WhatsApp number of a producer who made it public", async () => {
        const producer = active.find((candidate) => candidate.phone_public)!
        const { data } = await get(`/store/producers/${producer.handle}`)
        expect(data.producer.whatsapp).toBe(producer.whatsapp)
      })

      it("hides pending and suspended producers from buyers", async () => {
        for (const producer of catalogue.producers.filter((candidate) => candidate.status !== "active")) {
          const response = await get(`/store/producers/${producer.handle}`)
          expect(response.status).toBe(404)
          expect(response.data.message).toContain(producer.handle)
        }
      })

      it("computes an answer once while the catalogue revision stays, and again once it moves", async () => {
        const revisions: CatalogueRevisionModuleService = getContainer().resolve(CATALOGUE_REVISION_MODULE)
        let computed = 0
        const answer = () => sameWhileCatalogueUnchanged(getContainer(), "a test's answer", async () => ++computed)
        expect([await answer(), await answer()]).toEqual([1, 1])
        await revisions.bumpRevision()
        expect([await answer(), await answer()]).toEqual([2, 2])
        // Place counts follow only changes of who may see what: an order or a stock change leaves them be.
        let counted = 0
        const counts = () => sameWhileCatalogueUnchanged(getContainer(), "a test's counts", async () => ++counted, "visibility")
        expect(await counts()).toBe(1)
        await revisions.bumpRevision()
        expect(await counts()).toBe(1)
        await revisions.bumpRevision("visibility")
        expect(await counts()).toBe(2)
        // A failed computation is not kept: the next request computes again.
        const failing = () => sameWhileCatalogueUnchanged(getContainer(), "a failing answer", async () => Promise.reject(new Error(`attempt ${++computed}`)))
        await expect(failing()).rejects.toThrow("attempt 3")
        await expect(failing()).rejects.toThrow("attempt 4")
      })

      it("counts a producer suspended after the counts were read out of its kecamatan, its desa and its page", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const seeded = active.find((producer) => productsOf(producer.handle).length)!
        const {
          data: [producer],
        } = await query.graph({ entity: "producer", fields: ["id", "desa.handle", "desa.kecamatan.handle"], filters: { handle: seeded.handle } })
        const kecamatanCount = async () =>
          ((await get("/store/kecamatan")).data.kecamatan as Array<{ handle: string; producer_count: number }>).find(
            (row) => row.handle === producer.desa!.kecamatan!.handle
          )!.producer_count
        const desaCount = async () => (await get(`/store/villages/${producer.desa!.handle}`)).data.village.producers.length as number
        const before = { kecamatan: await kecamatanCount(), desa: await desaCount(), page: (await get(`/store/producers/${seeded.handle}`)).status }
        expect(before.page).toBe(200)

        const admin = await coordinatorHeaders(getContainer(), api)
        await api.post(`/admin/producers/${producer.id}`, { status: "suspended" }, admin)
        // A suspension reaches buyers within 5 s, as every change of visibility must.
        const withinFiveSeconds = { timeout: 5_000 }
        await expect.poll(kecamatanCount, withinFiveSeconds).toBe(before.kecamatan - 1)
        await expect.poll(desaCount, withinFiveSeconds).toBe(before.desa - 1)
        await expect.poll(async () => (await get(`/store/producers/${seeded.handle}`)).status, withinFiveSeconds).toBe(404)
        await api.post(`/admin/producers/${producer.id}`, { status: "active" }, admin)
        await expect.poll(kecamatanCount, withinFiveSeconds).toBe(before.kecamatan)
      })

      it("refuses every catalogue route without a publishable key", async () => {
        for (const url of [
          "/store/kecamatan",
          "/store/villages",
          `/store/villages/${desaByCode.get(active[0].desa_code)!.handle}`,
          `/store/producers/${active[0].handle}`,
        ]) {
          const response = await api.get(url).catch((error: { response: unknown }) => error.response)
          expect(response.status).toBe(400)
          expect(response.data.message).toContain("x-publishable-api-key")
        }
      })

      it("describes these routes in an OpenAPI 3.1 document anyone may fetch and cache, without a key", async () => {
        const { status, headers, data } = await api.get("/openapi.json")
        expect(status).toBe(200)
        expect(headers["cache-control"]).toBe("public, max-age=3600")
        expect(data.openapi).toBe("3.1.0")
        const villages = data.paths["/store/villages"].get
        expect(villages.security).toEqual([{ publishableKey: [] }])
        expect(villages.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(["kecamatan", "with_producers"])
        expect(Object.keys(data.paths["/store/villages/{handle}"].get.responses)).toEqual(["200", "400", "404"])
        expect(data.paths["/openapi.json"].get.security).toEqual([])
      })

      it("adds producer, village and food compliance to store products through fields, but no phone number", async () => {
        const product = productsOf(active[0].handle)[0]
        const fields = "handle,+producer.business_name,+producer.handle,+producer.desa.name,+product_compliance.product_type,+product_compliance.halal"
        const { status, data } = await get(`/store/products?handle=${product.handle}&fields=${fields}`)
        expect(status).toBe(200)
        expect(data.products[0]).toMatchObject({
          handle: product.handle,
          producer: { business_name: active[0].business_name, handle: active[0].handle, desa: { name: desaByCode.get(active[0].desa_code)!.name } },
          product_compliance: { product_type: product.compliance.product_type, halal: product.compliance.halal },
        })
        for (const forbidden of ["+producer.whatsapp", "*producer", "+producer.licence_documents"]) {
          const response = await get(`/store/products?handle=${product.handle}&fields=${forbidden}`)
          expect(JSON.stringify(response.data)).not.toContain(active[0].whatsapp)
        }
      })
    })
  },
  { seeded: true }
)
