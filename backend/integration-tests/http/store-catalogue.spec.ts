import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readSeedData } from "@pasar-desa/seed"
import { backendTestRunner } from "../medusa-runner"
import { seedDemoForTests } from "../seeded-store"
import { transitionCurationWorkflow } from "../../src/workflows/curation/transition-curation"

const { catalogue } = readSeedData()

backendTestRunner(
  ({ api, getContainer }) => {
    describe("the seeded store", () => {
      let publishableKey: string

      beforeAll(async () => {
        ;({ publishableKey } = await seedDemoForTests(getContainer()))
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
        const first = byHandle.get(expected[0].handle) as {
          variants: Array<{ sku: string; calculated_price: { calculated_amount: number; currency_code: string } }>
        }
        const variant = first.variants.find((candidate) => candidate.sku === expected[0].variants[0].sku)!
        expect(variant.calculated_price).toMatchObject({ calculated_amount: expected[0].variants[0].price, currency_code: "idr" })
      })

      it("moves the catalogue revision on when a product is edited or its curation changes, so storefronts drop their pages", async () => {
        const headers = { "x-publishable-api-key": publishableKey }
        const revision = async () => (await api.get("/store/catalogue-revision", { headers })).data.revision as number
        const movesOn = async (from: number) => {
          const deadline = Date.now() + 5_000
          let now = await revision()
          while (now === from && Date.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 100))
            now = await revision()
          }
          return now
        }
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [product],
        } = await query.graph({ entity: "product", fields: ["id", "title"], filters: { handle: catalogue.products[5].handle } })

        // The seed's own events may still be arriving: start from a revision that has stopped moving.
        let before = await revision()
        for (let settled = false; !settled;) {
          await new Promise((resolve) => setTimeout(resolve, 500))
          const now = await revision()
          settled = now === before
          before = now
        }
        await updateProductsWorkflow(getContainer()).run({ input: { selector: { id: product.id }, update: { title: `${product.title} Baru` } } })
        const afterEdit = await movesOn(before)
        expect(afterEdit).toBeGreaterThan(before)

        await transitionCurationWorkflow(getContainer()).run({
          input: { product_ids: [product.id], action: "revoke", reason: "Izin edar dicabut", actor: { type: "user", id: "user_revision_test" } },
        })
        expect(await movesOn(afterEdit)).toBeGreaterThan(afterEdit)
      })

      it("records what each change shows: an edit is a soft change of its product, a revocation a hard one of the product, its producer's page, desa, kecamatan and the lists, a producer's edit a hard one of every page that shows the producer", async () => {
        const headers = { "x-publishable-api-key": publishableKey }
        type Change = { id: string; xid: string; tag: string; hard: boolean }
        const read = async (after?: string) =>
          (await api.get(`/store/catalogue-changes${after ? `?after=${after}` : ""}`, { headers })).data as {
            cursor: string
            changes: Change[]
            everything: boolean
          }
        /** Reads on from `cursor` as a storefront does, once each, until `wanted` holds for what was read. */
        const readUntil = async (cursor: string, wanted: (changes: Change[]) => boolean) => {
          const seen = new Map<string, Change>()
          for (const deadline = Date.now() + 5_000; Date.now() < deadline && !wanted([...seen.values()]);) {
            await new Promise((resolve) => setTimeout(resolve, 100))
            const answer = await read(cursor)
            for (const change of answer.changes) seen.set(change.id, change)
            cursor = answer.cursor
          }
          return { cursor, changes: [...seen.values()] }
        }
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [product],
        } = await query.graph({
          entity: "product",
          fields: ["id", "title", "producer.handle", "producer.desa.handle", "producer.desa.kecamatan.handle"],
          filters: { handle: catalogue.products[6].handle },
        })
        const ofProduct = (changes: Change[]) => changes.filter((change) => change.tag === `product:${product.id}`)

        const start = await read()
        expect(start).toEqual({ cursor: expect.stringMatching(/^\d+$/), changes: [], everything: false })
        await updateProductsWorkflow(getContainer()).run({ input: { selector: { id: product.id }, update: { title: `${product.title} Baru` } } })
        const edited = await readUntil(start.cursor, (changes) => ofProduct(changes).length > 0)
        expect(ofProduct(edited.changes).map((change) => change.hard)).toEqual([false])
        // Nothing else on the catalogue's pages changed with it.
        expect(edited.changes.filter((change) => !change.tag.startsWith("product:"))).toEqual([])

        await transitionCurationWorkflow(getContainer()).run({
          input: { product_ids: [product.id], action: "revoke", reason: "Izin edar dicabut", actor: { type: "user", id: "user_changes_test" } },
        })
        const revoked = await readUntil(edited.cursor, (changes) => ofProduct(changes).some((change) => change.hard))
        const hardTags = revoked.changes.filter((change) => change.hard).map((change) => change.tag)
        expect(hardTags.sort()).toEqual(
          [
            `product:${product.id}`,
            `producer:${product.producer!.handle}`,
            `desa:${product.producer!.desa!.handle}`,
            `kecamatan:${product.producer!.desa!.kecamatan!.handle}`,
            "lists",
            "harvests",
          ].sort()
        )
        // Revoking one product leaves the pages of the producer's other products: they show who the producer is, not this.
        expect(hardTags).not.toContain(`producer-profile:${product.producer!.handle}`)

        // A change of the producer reaches every page that shows who they are, hard: it may be a suspension.
        const producerId = (await query.graph({ entity: "producer", fields: ["id"], filters: { handle: product.producer!.handle } })).data[0].id
        // By its id: importing the workflow here would register it a second time beside the one Medusa loaded.
        await getContainer()
          .resolve(Modules.WORKFLOW_ENGINE)
          .run("update-producer", { input: { id: producerId, update: { story: "Usaha keluarga sejak 1998." } } })
        const producerChanged = await readUntil(revoked.cursor, (changes) =>
          changes.some((change) => change.tag === `producer-profile:${product.producer!.handle}`)
        )
        expect(producerChanged.changes.filter((change) => change.tag.startsWith("producer")).map(({ tag, hard }) => ({ tag, hard }))).toEqual(
          expect.arrayContaining([
            { tag: `producer:${product.producer!.handle}`, hard: true },
            { tag: `producer-profile:${product.producer!.handle}`, hard: true },
          ])
        )

        const refused = await api
          .get("/store/catalogue-changes?after=kemarin", { headers })
          .catch((error: { response: { status: number; data: { message: string } } }) => error.response)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/kursor/)
      })

      it("refuses the store API without a publishable key, with a 400 that says what is missing", async () => {
        const response = await api.get("/store/products").catch((error: { response: { status: number; data: { message: string } } }) => error.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/x-publishable-api-key/)
      })
    })
  },
  { seeded: true }
)
