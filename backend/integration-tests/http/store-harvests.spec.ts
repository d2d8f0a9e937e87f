import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readSeedData } from "@pasar-desa/seed"
import { backendTestRunner } from "../medusa-runner"
import { seedDemoForTests } from "../seeded-store"
import { HARVEST_MODULE } from "../../src/modules/harvest"
import type HarvestModuleService from "../../src/modules/harvest/service"
import { addDays, pacitanDay } from "../../src/modules/harvest/rules"
import { upsertProductHarvestWorkflow } from "../../src/workflows/harvest/upsert-product-harvest"
import { storeCheckout } from "../store-checkout"

const { catalogue, harvests } = readSeedData()
const producerOf = new Map(catalogue.products.map((product) => [product.handle, catalogue.producers.find((producer) => producer.handle === product.producer)!]))
const visibleSeeded = harvests.filter((harvest) => producerOf.get(harvest.product)!.status === "active")
const hiddenSeeded = harvests.filter((harvest) => producerOf.get(harvest.product)!.status !== "active")

type HarvestBody = {
  harvests: Array<{
    id: string
    expected_on: string
    forecast_quantity: number
    unit: string
    note: string | null
    product: { id: string; handle: string; title: string; producer: { handle: string } | null }
  }>
  count: number
}

backendTestRunner(
  ({ api, getContainer }) => {
    describe("upcoming harvests for buyers", () => {
      let store: { headers: Record<string, string> }
      let idByHandle: Map<string, string>
      const today = pacitanDay()
      const get = (url: string) => api.get(url, store).catch((error: { response: { status: number; data: any } }) => error.response)
      const harvestCount = async () => (await getContainer().resolve<HarvestModuleService>(HARVEST_MODULE).listProductHarvests({})).length
      const harvestOf = async (productId: string) => {
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "product", fields: ["product_harvest.*"], filters: { id: productId } })
        return data[0]?.product_harvest ?? null
      }

      beforeAll(async () => {
        const { publishableKey } = await seedDemoForTests(getContainer())
        store = { headers: { "x-publishable-api-key": publishableKey } }
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "product", fields: ["id", "handle"] })
        idByHandle = new Map(data.map((row: { id: string; handle: string }) => [row.handle, row.id]))
      })

      it("lists the seeded harvests of visible products, soonest first, with date, forecast and product", async () => {
        const { status, data } = await get("/store/harvests?limit=50")
        expect(status).toBe(200)
        const body = data as HarvestBody
        expect(body.harvests.map((row) => row.product.handle)).toEqual([...visibleSeeded].sort((a, b) => a.in_days - b.in_days).map((row) => row.product))
        const first = [...visibleSeeded].sort((a, b) => a.in_days - b.in_days)[0]
        expect(body.harvests[0]).toEqual({
          id: expect.stringMatching(/^hrv_/),
          expected_on: addDays(today, first.in_days),
          forecast_quantity: first.forecast_quantity,
          unit: first.unit,
          note: first.note,
          preorder_remaining: first.forecast_quantity,
          product: expect.objectContaining({ handle: first.product, producer: expect.objectContaining({ handle: producerOf.get(first.product)!.handle }) }),
        })
        const dates = body.harvests.map((row) => row.expected_on)
        expect(dates).toEqual([...dates].sort())
        expect(dates.every((date) => date >= today)).toBe(true)
      })

      it("never shows the harvest of a product buyers cannot see (suspended producer)", async () => {
        expect(hiddenSeeded.length).toBeGreaterThan(0)
        const { data } = await get("/store/harvests?limit=50")
        const handles = (data as HarvestBody).harvests.map((row) => row.product.handle)
        for (const hidden of hiddenSeeded) expect(handles).not.toContain(hidden.product)
        const direct = await get(`/store/harvests?product_id=${idByHandle.get(hiddenSeeded[0].product)}`)
        expect(direct.data).toEqual({ harvests: [], count: 0 })
      })

      it("never shows a harvest whose day has passed", async () => {
        // The workflow refuses past dates, so an old record is written as time would leave it.
        const productId = idByHandle.get("kelapa-tua-butiran-pak-sarno")!
        const service = getContainer().resolve<HarvestModuleService>(HARVEST_MODULE)
        const old = await service.createProductHarvests({ expected_on: new Date(`${addDays(today, -1)}T00:00:00Z`), forecast_quantity: 80, unit: "buah" })
        await getContainer()
          .resolve(ContainerRegistrationKeys.LINK)
          .create({ [Modules.PRODUCT]: { product_id: productId }, [HARVEST_MODULE]: { product_harvest_id: old.id } })
        const { data } = await get(`/store/harvests?product_id=${productId}`)
        expect(data).toEqual({ harvests: [], count: 0 })
        const all = await get("/store/harvests?limit=50")
        expect((all.data as HarvestBody).harvests.map((row) => row.id)).not.toContain(old.id)
      })

      it("answers one product's harvest and keeps to the limit", async () => {
        const seeded = visibleSeeded[0]
        const { data } = await get(`/store/harvests?product_id=${idByHandle.get(seeded.product)}`)
        expect((data as HarvestBody).harvests.map((row) => [row.product.handle, row.expected_on])).toEqual([[seeded.product, addDays(today, seeded.in_days)]])
        const limited = await get("/store/harvests?limit=3")
        expect((limited.data as HarvestBody).count).toBe(3)
      })

      it("finds the visible harvests behind more harvests of hidden products than it reads at a time", async () => {
        // Sixty harvests sooner than any seeded one, each of a product buyers cannot see (a draft nobody approved).
        const products = await getContainer()
          .resolve(Modules.PRODUCT)
          .createProducts(Array.from({ length: 60 }, (_, index) => ({ title: `Draf panen ${index}`, handle: `draf-panen-${index}`, status: "draft" as const })))
        const service = getContainer().resolve<HarvestModuleService>(HARVEST_MODULE)
        const hidden = await service.createProductHarvests(
          products.map(() => ({ expected_on: new Date(`${today}T00:00:00Z`), forecast_quantity: 10, unit: "kg" }))
        )
        await getContainer()
          .resolve(ContainerRegistrationKeys.LINK)
          .create(
            products.map((product, index) => ({ [Modules.PRODUCT]: { product_id: product.id }, [HARVEST_MODULE]: { product_harvest_id: hidden[index].id } }))
          )

        const soonest = [...visibleSeeded].sort((a, b) => a.in_days - b.in_days).slice(0, 3)
        const { data } = await get("/store/harvests?limit=3")
        expect((data as HarvestBody).harvests.map((row) => row.product.handle)).toEqual(soonest.map((row) => row.product))
        const { data: one } = await get(`/store/harvests?product_id=${products[0].id}`)
        expect(one).toEqual({ harvests: [], count: 0 })
      })

      it("refuses a bad limit, a malformed product id and unknown parameters with a 400", async () => {
        const refusals = {
          "limit=0": "limit: bilangan bulat 1 sampai 50",
          "limit=banyak": "limit: bilangan bulat",
          "limit=2.5": "limit: bilangan bulat",
          "product_id=DROP%20TABLE": "product_id: id produk tidak sah",
          "sort=title": "sort",
        }
        for (const [params, message] of Object.entries(refusals)) {
          const response = await get(`/store/harvests?${params}`)
          expect({ params, status: response.status }).toEqual({ params, status: 400 })
          expect(response.data.message).toContain(message)
        }
        const keyless = await api.get("/store/harvests").catch((error: { response: { status: number; data: { message: string } } }) => error.response)
        expect(keyless.status).toBe(400)
        expect(keyless.data.message).toContain("x-publishable-api-key")
      })

      it("refuses a harvest date in the past or a forecast that is not a positive whole number, and stores nothing", async () => {
        const productId = idByHandle.get("gaplek-singkong-sawahan")!
        const before = await harvestCount()
        const cases = [
          { input: { expected_on: addDays(today, -1), forecast_quantity: 100 }, message: /expected_on: tanggal panen .* sudah lewat/ },
          { input: { expected_on: addDays(today, 10), forecast_quantity: 0 }, message: /forecast_quantity: .*bilangan bulat/ },
          { input: { expected_on: addDays(today, 10), forecast_quantity: -3 }, message: /forecast_quantity:/ },
          { input: { expected_on: addDays(today, 10), forecast_quantity: 2.5 }, message: /forecast_quantity:/ },
        ]
        for (const { input, message } of cases) {
          const error = await upsertProductHarvestWorkflow(getContainer())
            .run({ input: { product_id: productId, ...input } })
            .then(
              () => null,
              (caught: { type?: string; message: string }) => caught
            )
          // INVALID_DATA is what Medusa's error handler answers with a 400.
          expect(error).toMatchObject({ type: "invalid_data", message: expect.stringMatching(message) })
        }
        expect(await harvestCount()).toBe(before)
        expect(await harvestOf(productId)).toBeNull()
      })

      describe("pre-orders", () => {
        /** A visible product's first variant with its shelf emptied (or set), and the harvest given, in the unit given. */
        async function harvestProduct(
          handle: string,
          { shelf, forecast, unit, weight, inDays = 5 }: { shelf: number; forecast: number; unit: "kg" | "buah"; weight?: number; inDays?: number }
        ) {
          const container = getContainer()
          const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
            entity: "product",
            fields: ["id", "title", "variants.id", "variants.title", "variants.inventory_items.inventory_item_id"],
            filters: { handle },
          })
          const variant = data[0].variants[0]
          const inventory = container.resolve(Modules.INVENTORY)
          const levels = await inventory.listInventoryLevels({ inventory_item_id: variant.inventory_items![0]!.inventory_item_id })
          await inventory.updateInventoryLevels(
            levels.map((level, index) => ({
              inventory_item_id: level.inventory_item_id,
              location_id: level.location_id,
              stocked_quantity: index === 0 ? shelf : 0,
            }))
          )
          if (weight) await container.resolve(Modules.PRODUCT).updateProductVariants(variant.id, { weight })
          await upsertProductHarvestWorkflow(container).run({
            input: { product_id: data[0].id, expected_on: addDays(today, inDays), forecast_quantity: forecast, unit },
          })
          return { productId: data[0].id as string, title: data[0].title as string, variantId: variant.id as string, variantTitle: variant.title as string }
        }
        // Buyers' answers follow the catalogue's events (kept while it has not changed): asked until they show the change.
        const remaining = async (productId: string) => (await get(`/store/harvests?product_id=${productId}`)).data.harvests[0]?.preorder_remaining

        it("takes orders beyond the shelf up to the forecast, then refuses with what is left, in Indonesian", async () => {
          const regionId = (await api.get("/store/regions", store)).data.regions[0].id
          const checkout = storeCheckout(api, store, regionId)
          const { productId, title, variantId } = await harvestProduct(visibleSeeded[0].product, { shelf: 0, forecast: 5, unit: "buah" })
          await expect.poll(() => remaining(productId)).toBe(5)

          const first = await checkout.createCart([{ variant_id: variantId, quantity: 3 }])
          const second = await checkout.createCart([{ variant_id: variantId, quantity: 3 }])
          expect((await checkout.complete(first)).data.type).toBe("order")
          await expect.poll(() => remaining(productId)).toBe(2)

          const refused = await checkout.complete(second)
          expect(refused.status).toBe(400)
          expect(refused.data.message).toBe(`Pre-order '${title}' tinggal 2 buah dari perkiraan panen 5 buah / only 2 buah left to pre-order`)
          const line = (await api.get(`/store/carts/${second}`, store)).data.cart.items[0]
          expect((await api.post(`/store/carts/${second}/line-items/${line.id}`, { quantity: 2 }, store)).status).toBe(200)
          expect((await checkout.complete(second)).data.type).toBe("order")
          await expect.poll(() => remaining(productId)).toBe(0)

          const third = await checkout.createCart([])
          const none = await checkout.addLine(third, { variant_id: variantId, quantity: 1 })
          expect(none.status).toBe(400)
          expect(none.data.message).toMatch(/^Pre-order '.*' tinggal 0 buah/)
        })

        it("counts a kilogram forecast by the variant's weight: 2 kg are four 500 g packs", async () => {
          const regionId = (await api.get("/store/regions", store)).data.regions[0].id
          const checkout = storeCheckout(api, store, regionId)
          const { productId, variantId } = await harvestProduct(visibleSeeded[1].product, { shelf: 1, forecast: 2, unit: "kg", weight: 500 })
          const cart = await checkout.createCart([])
          const tooMany = await checkout.addLine(cart, { variant_id: variantId, quantity: 6 })
          expect(tooMany.status).toBe(400)
          expect(tooMany.data.message).toContain("tinggal 2 kg dari perkiraan panen 2 kg")
          // One from the shelf, four pre-ordered.
          expect((await checkout.addLine(cart, { variant_id: variantId, quantity: 5 })).status).toBe(200)
          expect((await checkout.complete(cart)).data.type).toBe("order")
          await expect.poll(() => remaining(productId)).toBe(0)
        })

        it("names the lines waiting for the harvest before the buyer pays, and keeps the harvest day on the order's lines", async () => {
          const regionId = (await api.get("/store/regions", store)).data.regions[0].id
          const checkout = storeCheckout(api, store, regionId)
          const { productId, variantId } = await harvestProduct(visibleSeeded[3].product, { shelf: 2, forecast: 10, unit: "buah", inDays: 6 })
          await expect.poll(() => remaining(productId)).toBe(10)
          const expectedOn = addDays(today, 6)

          // Two on the shelf cover a cart of two; a cart of five waits for the harvest for three of them.
          const covered = await checkout.createCart([{ variant_id: variantId, quantity: 2 }])
          expect((await api.get(`/store/carts/${covered}/preorders`, store)).data).toEqual({ preorders: [] })
          const cartId = await checkout.createCart([{ variant_id: variantId, quantity: 5 }])
          const [line] = (await api.get(`/store/carts/${cartId}`, store)).data.cart.items
          expect((await api.get(`/store/carts/${cartId}/preorders`, store)).data).toEqual({
            preorders: [{ line_id: line.id, from_harvest: 3, expected_on: expectedOn }],
          })

          const placed = await checkout.complete(cartId)
          expect(placed.data.type).toBe("order")
          const { data } = await getContainer()
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({ entity: "order", fields: ["items.*"], filters: { id: placed.data.order.id } })
          expect(data[0].items![0]!.metadata).toMatchObject({ harvest_expected_on: expectedOn, from_harvest: 3 })
          // The shelf is empty now: the covered cart's two both wait for the harvest.
          const [coveredLine] = (await api.get(`/store/carts/${covered}`, store)).data.cart.items
          expect((await api.get(`/store/carts/${covered}/preorders`, store)).data.preorders).toEqual([
            { line_id: coveredLine.id, from_harvest: 2, expected_on: expectedOn },
          ])
          const unknown = await api.get(`/store/carts/cart_01UNKNOWN/preorders`, store).catch((error: { response: { status: number } }) => error.response)
          expect(unknown.status).toBe(404)
        })

        it("sells only what is on the shelf once the harvest day has passed, or without a harvest", async () => {
          const regionId = (await api.get("/store/regions", store)).data.regions[0].id
          const checkout = storeCheckout(api, store, regionId)
          const { productId, title, variantId, variantTitle } = await harvestProduct(visibleSeeded[2].product, { shelf: 2, forecast: 50, unit: "buah" })
          const cart = await checkout.createCart([])
          expect((await checkout.addLine(cart, { variant_id: variantId, quantity: 4 })).status).toBe(200)

          const harvest = await harvestOf(productId)
          await getContainer()
            .resolve<HarvestModuleService>(HARVEST_MODULE)
            .updateProductHarvests({ id: harvest!.id, expected_on: new Date(`${addDays(today, -1)}T00:00:00Z`) })
          const refused = await checkout.complete(cart)
          expect(refused.status).toBe(400)
          expect(refused.data.message).toBe(`Stok '${title} · ${variantTitle}' tinggal 2 / only 2 left in stock`)
          const again = await checkout.addLine(await checkout.createCart([]), { variant_id: variantId, quantity: 3 })
          expect(again.status).toBe(400)
        })
      })

      it("replaces a product's harvest instead of adding a second one, and the search index marks it pre-order", async () => {
        // Like the search contract: rebuild once after the seed's burst of events, then follow one harvest's event.
        await getContainer().resolve(Modules.SEARCH).reindex({ index: "product", strategy: "swap" })
        const handle = "gaplek-singkong-sawahan"
        const productId = idByHandle.get(handle)!
        const run = (expected_on: string, forecast_quantity: number) =>
          upsertProductHarvestWorkflow(getContainer()).run({ input: { product_id: productId, expected_on, forecast_quantity, unit: "kg" } })
        const { result: first } = await run(addDays(today, 20), 300)
        const { result: second } = await run(addDays(today, 2), 350)
        expect(second.id).toBe(first.id)
        expect(await harvestOf(productId)).toMatchObject({ id: first.id, forecast_quantity: 350 })
        // Buyers' answers follow the harvest's event: asked until they show it.
        const listed = async () => ((await get("/store/harvests?limit=50")).data as HarvestBody).harvests.find((harvest) => harvest.product.handle === handle)
        await expect.poll(listed).toMatchObject({ expected_on: addDays(today, 2), forecast_quantity: 350 })

        // The index follows the harvest event asynchronously.
        const expected = [handle, ...visibleSeeded.map((seeded) => seeded.product)].sort()
        const preOrder = async () =>
          (await get("/store/search/products?pre_order=true&limit=100")).data.hits.map((hit: { handle: string }) => hit.handle).sort()
        const deadline = Date.now() + 10_000
        let handles: string[] = await preOrder()
        while (JSON.stringify(handles) !== JSON.stringify(expected) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 200))
          handles = await preOrder()
        }
        // Neither the suspended producer's product nor the one whose harvest has passed.
        expect(handles).toEqual(expected)
      })
    })
  },
  { seeded: true }
)
