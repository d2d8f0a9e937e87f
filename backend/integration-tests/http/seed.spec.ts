import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readSeedData, seedDemo } from "@pasar-desa/seed"
import { backendTestRunner } from "../medusa-runner"
import { seedDemoForTests } from "../seeded-store"
import { coordinatorAccess } from "../../src/lib/coordinator/coordinator-access"

const silent = { start: () => {}, tick: () => {}, stop: () => {} }
const accounts = [
  { role: "coordinator" as const, email: "koordinator@seed.test", password: "rahasia-koordinator-1" },
  { role: "producer" as const, email: "produsen1@seed.test", password: "rahasia-produsen-1" },
  { role: "producer" as const, email: "produsen2@seed.test", password: "rahasia-produsen-2" },
  { role: "producer" as const, email: "produsen3@seed.test", password: "rahasia-produsen-3" },
  { role: "buyer" as const, email: "pembeli@seed.test", password: "rahasia-pembeli-1" },
]

backendTestRunner(
  ({ getContainer }) => {
    describe("the demo seed", () => {
      // The catalogue itself is seeded through the same seedDemo once per run of the suites, into the
      // template every seeded suite starts from (seeded-template.ts): this suite starts there too (or
      // seeds it, when it is the first), then adds the demo accounts and seeds again.
      it("loads Pacitan's catalogue through workflows, adds the demo logins to it, and a second run changes nothing", async () => {
        const container = getContainer()
        const { catalogue, harvests } = readSeedData()
        await seedDemoForTests(container)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const count = async (entity: string, filters: Record<string, unknown> = {}) => (await query.graph({ entity, fields: ["id"], filters })).data.length
        expect({
          desa: await count("desa"),
          producers: await count("producer"),
          products: await count("product"),
          approved: await count("product_curation", { state: "approved" }),
          harvests: await count("product_harvest"),
        }).toEqual({
          desa: catalogue.places.kecamatan.reduce((sum, kecamatan) => sum + kecamatan.desa.length, 0),
          producers: catalogue.producers.length,
          products: catalogue.products.length,
          approved: catalogue.products.filter((product) => catalogue.producers.find((producer) => producer.handle === product.producer)!.status === "active")
            .length,
          harvests: harvests.length,
        })
        const first = await seedDemo(container, { accounts, progress: silent })
        expect(first).toMatchObject({
          createdPlaces: 0,
          createdProducers: 0,
          createdProducts: 0,
          createdAccounts: accounts.length,
          approvedProducts: 0,
          createdHarvests: 0,
        })

        const before = {
          kecamatan: await count("kecamatan"),
          desa: await count("desa"),
          producer: await count("producer"),
          product: await count("product"),
          stock_location: await count("stock_location"),
          inventory_level: await count("inventory_level"),
          provider_identity: await count("provider_identity"),
        }
        expect(before.kecamatan).toBe(12)
        // The seeded coordinator is the head coordinator, who gives the others their kecamatan.
        const { data: users } = await query.graph({ entity: "user", fields: ["id"], filters: { email: "koordinator@seed.test" } })
        expect((await coordinatorAccess(container, users[0].id)).role).toBe("head")
        // Every producer has its own stock location, beside the OK OCE centre's.
        expect(before.stock_location).toBe(catalogue.producers.length + 1)

        const second = await seedDemo(container, { accounts, progress: silent })
        expect(second).toEqual({
          ...first,
          createdPlaces: 0,
          createdProducers: 0,
          createdProducts: 0,
          createdAccounts: 0,
          approvedProducts: 0,
          createdHarvests: 0,
        })
        for (const [entity, total] of Object.entries(before)) {
          expect({ entity, total: await count(entity) }).toEqual({ entity, total })
        }

        const { data: stocked } = await query.graph({
          entity: "product",
          fields: [
            "handle",
            "thumbnail",
            "producer.handle",
            "product_compliance.product_type",
            "variants.sku",
            "variants.prices.amount",
            "variants.prices.currency_code",
          ],
          filters: { handle: catalogue.products[0].handle },
        })
        const expected = catalogue.products[0]
        expect(stocked[0]).toMatchObject({
          producer: { handle: expected.producer },
          product_compliance: { product_type: expected.compliance.product_type },
          thumbnail: expect.stringMatching(/\/static\/.+\.svg$/),
        })
        // A variant's prices come through its price set, which Medusa's generated ProductVariant type leaves out.
        expect((stocked[0].variants[0] as any).prices[0]).toMatchObject({ amount: expected.variants[0].price, currency_code: "idr" })

        const { data: producerLogins } = await query.graph({ entity: "auth_identity", fields: ["app_metadata", "provider_identities.entity_id"] })
        const tied = producerLogins.filter((identity: { app_metadata: Record<string, unknown> | null }) => identity.app_metadata?.producer_id)
        expect(tied).toHaveLength(3)
      }, 300_000)
    })
  },
  { seeded: true }
)
