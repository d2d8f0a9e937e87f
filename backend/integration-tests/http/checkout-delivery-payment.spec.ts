import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { coordinatorHeaders } from "../admin-auth"
import { backendTestRunner } from "../medusa-runner"
import { asOrdersBuyer } from "../order-reader"
import { seededStore } from "../seeded-store"

type Response = { status: number; data: any }
type Headers = { headers: Record<string, string> }
type Pick = { variantId: string; title: string; weight: number }
type Choice = { id: string; name: string; kind: string; amount: number | null; available: boolean; reason: string | null }

const BUYER = { first_name: "Siti", last_name: "Aminah", phone: "081234567891", address_1: "Jalan Melati 3", postal_code: "63511", country_code: "id" }
const IN_DONOROJO = { ...BUYER, city: "Pacitan", address_2: "Desa Sendang", metadata: { kecamatan: "Donorojo" } }
const IN_SURABAYA = { ...BUYER, city: "Surabaya", postal_code: "60111", address_2: "Kecamatan Gubeng" }

backendTestRunner(
  ({ api, getContainer }) => {
    describe("checkout: delivery options and payment methods", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      /** A packaged food that travels anywhere, and a fresh product that must not go far. */
      let lasting: Pick
      let perishable: Pick
      const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
      const post = (url: string, body: unknown) => call(api.post(url, body, store))

      async function pickByType(types: string[]): Promise<Pick> {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await api.get("/store/products?limit=300&fields=id,title,variants.id,variants.weight,+product_compliance.product_type", store)
        const inventory = getContainer().resolve(Modules.INVENTORY)
        for (const product of data.products) {
          if (!types.includes(product.product_compliance?.product_type)) continue
          const variant = product.variants[0]
          const { data: rows } = await query.graph({
            entity: "variant",
            fields: ["manage_inventory", "inventory_items.inventory_item_id"],
            filters: { id: variant.id },
          })
          if (!rows[0]?.manage_inventory) continue
          const levels = await inventory.listInventoryLevels({ inventory_item_id: rows[0].inventory_items![0]!.inventory_item_id })
          if (levels.some((row) => Number(row.stocked_quantity) - Number(row.reserved_quantity) >= 10))
            return { variantId: variant.id, title: product.title, weight: Number(variant.weight) }
        }
        throw new Error(`no product of type ${types} in stock`)
      }

      async function cartWith(line: { variant_id: string; quantity: number }, address: object) {
        const { data } = await api.post("/store/carts", { region_id: regionId, email: "pembeli@uji.test" }, store)
        const added = await post(`/store/carts/${data.cart.id}/line-items`, line)
        expect(added.status).toBe(200)
        await api.post(`/store/carts/${data.cart.id}`, { shipping_address: address, billing_address: address }, store)
        return data.cart.id as string
      }

      async function choices(cartId: string): Promise<Record<string, Choice>> {
        const { data } = await api.get(`/store/carts/${cartId}/delivery-options`, store)
        return Object.fromEntries(data.delivery_options.map((choice: Choice) => [choice.kind, choice]))
      }

      async function pay(cartId: string, providerId: string) {
        const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
        return post(`/store/payment-collections/${data.payment_collection.id}/payment-sessions`, { provider_id: providerId })
      }

      beforeAll(async () => {
        const container = getContainer()
        ;({ store, admin, regionId } = await seededStore(container, api))
        lasting = await pickByType(["processed_food", "non_food"])
        perishable = await pickByType(["fresh_produce", "ready_to_eat"])
      })

      it("prices the courier by the destination's kecamatan and sends Pacitan addresses to it instead of an expedition", async () => {
        const cartId = await cartWith({ variant_id: lasting.variantId, quantity: 1 }, IN_DONOROJO)
        const options = await choices(cartId)
        expect(options.pickup).toMatchObject({ available: true, amount: 0 })
        expect(options.courier).toMatchObject({ available: true, amount: 20000 })
        expect(options.expedition).toMatchObject({ available: false, amount: null, reason: expect.stringContaining("pakai kurir lokal") })
      })

      it("prices an expedition beyond Pacitan by the parcel's weight band and keeps the courier home", async () => {
        const quantity = Math.ceil(1200 / lasting.weight)
        const cartId = await cartWith({ variant_id: lasting.variantId, quantity }, IN_SURABAYA)
        const options = await choices(cartId)
        const grams = quantity * lasting.weight
        expect(options.expedition).toMatchObject({ available: true, amount: grams <= 3000 ? 40000 : expect.any(Number) })
        expect(options.courier).toMatchObject({ available: false, reason: "Kurir lokal hanya mengantar di Kabupaten Pacitan." })
        // Medusa's own cart total uses the same price once the option is chosen.
        const chosen = await post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.expedition.id })
        expect(chosen.status).toBe(200)
        expect(Number(chosen.data.cart.shipping_total)).toBe(options.expedition.amount)
      })

      it("tells what each delivery costs before any address, at the prices checkout then charges, and refuses a bad weight in Indonesian", async () => {
        const { data } = await api.get("/store/delivery-rates", store)
        const rates = Object.fromEntries(data.delivery_rates.map((rate: { kind: string }) => [rate.kind, rate]))
        expect(data.delivery_rates.map((rate: { kind: string }) => rate.kind)).toEqual(["pickup", "courier", "expedition"])
        expect(rates.pickup).toMatchObject({ amount: 0 })
        expect(rates.courier.kecamatan).toHaveLength(12)
        const donorojo = rates.courier.kecamatan.find((entry: { handle: string }) => entry.handle === "donorojo")
        expect(rates.courier).toMatchObject({ kabupaten: "Pacitan", min_amount: expect.any(Number), max_amount: expect.any(Number) })
        expect(rates.courier.min_amount).toBeLessThanOrEqual(donorojo.amount)
        expect(rates.courier.max_amount).toBeGreaterThanOrEqual(donorojo.amount)
        expect(rates.expedition).toMatchObject({ from_amount: 25000, amount_for_grams: null, perishable_allowed: false })

        // The same amounts a cart to Donorojo and a parcel to Surabaya are then charged.
        const toDonorojo = await choices(await cartWith({ variant_id: lasting.variantId, quantity: 1 }, IN_DONOROJO))
        expect(toDonorojo.courier.amount).toBe(donorojo.amount)
        const quantity = Math.ceil(1200 / lasting.weight)
        const toSurabaya = await choices(await cartWith({ variant_id: lasting.variantId, quantity }, IN_SURABAYA))
        const priced = await api.get(`/store/delivery-rates?grams=${quantity * lasting.weight}`, store)
        const expedition = priced.data.delivery_rates.find((rate: { kind: string }) => rate.kind === "expedition")
        expect(expedition.amount_for_grams).toBe(toSurabaya.expedition.amount)

        // A cart's own parcel: its weight priced, its fresh food named, which the expedition will not take.
        const freshCart = await cartWith({ variant_id: perishable.variantId, quantity: 1 }, IN_SURABAYA)
        const forCart = await api.get(`/store/delivery-rates?cart_id=${freshCart}`, store)
        const cartExpedition = forCart.data.delivery_rates.find((rate: { kind: string }) => rate.kind === "expedition")
        expect(cartExpedition.perishables).toEqual([perishable.title])
        expect(cartExpedition.amount_for_grams).toEqual(expect.any(Number))
        expect((await choices(freshCart)).expedition.available).toBe(false)
        const unknown = await call(api.get("/store/delivery-rates?cart_id=cart_01JZZZZZZZZZZZZZZZZZZZZZZZ", store))
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toContain("tidak ditemukan")

        for (const grams of ["-1", "abc", "1.5", "9999999"]) {
          const refused = await call(api.get(`/store/delivery-rates?grams=${grams}`, store))
          expect(refused.status, grams).toBe(400)
          expect(refused.data.message).toContain("berat dalam gram")
        }
      })

      it("refuses an expedition for perishable food, says why, and leaves the cart without a delivery", async () => {
        const cartId = await cartWith({ variant_id: perishable.variantId, quantity: 1 }, IN_SURABAYA)
        const options = await choices(cartId)
        expect(options.expedition.available).toBe(false)
        expect(options.expedition.reason).toContain(`'${perishable.title}' mudah rusak`)
        const refused = await post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.expedition.id })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("mudah rusak")
        const { data } = await api.get(`/store/carts/${cartId}?fields=shipping_methods.id`, store)
        expect(data.cart.shipping_methods).toEqual([])
      })

      it("refuses cash on delivery with an expedition, in Indonesian, and opens no payment session", async () => {
        const cartId = await cartWith({ variant_id: lasting.variantId, quantity: 1 }, IN_SURABAYA)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: (await choices(cartId)).expedition.id }, store)
        const refused = await pay(cartId, "pp_cod_okoce")
        expect(refused.status).toBe(400)
        // The store offers no card here: the refusal must not send the buyer looking for one.
        expect(refused.data.message).toBe(
          "Bayar di tempat hanya untuk ambil di Pusat OK OCE atau kurir lokal Pacitan: pilih salah satunya dulu, atau bayar dengan transfer bank."
        )
        const { data } = await api.get(`/store/carts/${cartId}?fields=payment_collection.payment_sessions.id`, store)
        expect(data.cart.payment_collection.payment_sessions).toEqual([])
      })

      it("places a cash-on-delivery order with the local courier, authorized until the courier brings the money", async () => {
        const cartId = await cartWith({ variant_id: lasting.variantId, quantity: 1 }, IN_DONOROJO)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: (await choices(cartId)).courier.id }, store)
        expect((await pay(cartId, "pp_cod_okoce")).status).toBe(200)
        const completed = await post(`/store/carts/${cartId}/complete`, {})
        expect(completed.data.type).toBe("order")
        const { data } = await api.get(
          `/admin/orders/${completed.data.order.id}?fields=payment_status,shipping_total,payment_collections.payments.provider_id`,
          admin
        )
        expect(data.order).toMatchObject({ payment_status: "authorized", shipping_total: 20000 })
        expect(data.order.payment_collections[0].payments[0].provider_id).toBe("pp_cod_okoce")
        const { data: mine } = await api.get(
          `/store/orders/${completed.data.order.id}/payment-instructions`,
          asOrdersBuyer(store, completed.data.order.id, getContainer())
        )
        expect(mine.payment).toMatchObject({ method: "cash_on_delivery", paid: false, collect_at: "courier" })
      })

      it("tells a pickup paid in cash that the money is paid at the centre, not to a courier", async () => {
        const cartId = await cartWith({ variant_id: lasting.variantId, quantity: 1 }, IN_DONOROJO)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: (await choices(cartId)).pickup.id }, store)
        expect((await pay(cartId, "pp_cod_okoce")).status).toBe(200)
        const completed = await post(`/store/carts/${cartId}/complete`, {})
        const { data: mine } = await api.get(
          `/store/orders/${completed.data.order.id}/payment-instructions`,
          asOrdersBuyer(store, completed.data.order.id, getContainer())
        )
        expect(mine.payment).toMatchObject({ method: "cash_on_delivery", collect_at: "pickup" })
      })

      it("refuses completion when the address moved out of Pacitan after the courier was chosen", async () => {
        const cartId = await cartWith({ variant_id: lasting.variantId, quantity: 1 }, IN_DONOROJO)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: (await choices(cartId)).courier.id }, store)
        await api.post(`/store/carts/${cartId}`, { shipping_address: IN_SURABAYA }, store)
        // The cart still holds the courier (Medusa re-prices, it does not drop it); the buyer pays and tries to complete.
        expect((await pay(cartId, "pp_cod_okoce")).status).toBe(200)
        const refused = await post(`/store/carts/${cartId}/complete`, {})
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("Kurir lokal hanya mengantar di Kabupaten Pacitan.")
        const { data } = await api.get(`/store/carts/${cartId}?fields=completed_at`, store)
        expect(data.cart.completed_at).toBeNull()
      })

      it.each([
        ["zero", 0],
        ["negative", -2],
        ["fractional", 1.5],
        ["huge", 1_000_000_000],
        ["text", "3"],
      ])("refuses a %s quantity with a 400 in Indonesian and leaves the cart as it was", async (_name, quantity) => {
        const cartId = await cartWith({ variant_id: lasting.variantId, quantity: 1 }, IN_DONOROJO)
        const [line] = (await api.get(`/store/carts/${cartId}?fields=items.id`, store)).data.cart.items
        const added = await post(`/store/carts/${cartId}/line-items`, { variant_id: lasting.variantId, quantity })
        const changed = await post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: quantity === 0 ? -1 : quantity })
        for (const refused of [added, changed]) {
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(/^Jumlah harus bilangan bulat [01] sampai 1000\.$/)
        }
        const { data } = await api.get(`/store/carts/${cartId}?fields=items.quantity`, store)
        expect(data.cart.items.map((item: { quantity: number }) => item.quantity)).toEqual([1])
      })

      it("refuses a price or a currency sent by the buyer and keeps the store's", async () => {
        const cartId = await cartWith({ variant_id: lasting.variantId, quantity: 1 }, IN_DONOROJO)
        const priced = await post(`/store/carts/${cartId}/line-items`, { variant_id: lasting.variantId, quantity: 1, unit_price: 1 })
        expect(priced.status).toBe(400)
        expect(priced.data.message).toBe("Harga ditentukan toko, tidak bisa dikirim pembeli (unit_price).")
        const dollars = await post("/store/carts", { region_id: regionId, currency_code: "usd" })
        expect(dollars.status).toBe(400)
        expect(dollars.data.message).toBe("Mata uang ditentukan wilayah toko (IDR), bukan oleh pembeli.")
        expect((await post("/store/carts", { region_id: regionId, currency_code: "idr" })).status).toBe(200)
        // Without a region the cart gets the store's default one, and its currency is the one to match.
        expect((await post("/store/carts", { currency_code: "usd" })).data.message).toBe("Mata uang ditentukan wilayah toko (IDR), bukan oleh pembeli.")
        const inDefaultRegion = await post("/store/carts", { currency_code: "IDR" })
        expect(inDefaultRegion.status).toBe(200)
        expect(inDefaultRegion.data.cart).toMatchObject({ currency_code: "idr", region_id: regionId })
        const { data } = await api.get(`/store/carts/${cartId}?fields=items.quantity,currency_code`, store)
        expect(data.cart).toMatchObject({ currency_code: "idr", items: [expect.objectContaining({ quantity: 1 })] })
      })

      it("gives a bank transfer the centre's account, the exact amount and a reference, and a coordinator's capture marks it paid", async () => {
        const cartId = await cartWith({ variant_id: lasting.variantId, quantity: 2 }, IN_SURABAYA)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: (await choices(cartId)).expedition.id }, store)
        const session = await pay(cartId, "pp_bank-transfer_okoce")
        expect(session.status).toBe(200)
        const completed = await post(`/store/carts/${cartId}/complete`, {})
        expect(completed.data.type).toBe("order")
        const order = completed.data.order
        const { data } = await api.get(
          `/admin/orders/${order.id}?fields=total,payment_status,payment_collections.payments.id,payment_collections.payments.data`,
          admin
        )
        const payment = data.order.payment_collections[0].payments[0]
        expect(payment.data).toMatchObject({
          method: "bank_transfer",
          amount: Number(data.order.total),
          reference: expect.stringMatching(/^PD-[2-9A-HJ-NP-Z]{6}$/),
          account: { bank: expect.any(String), number: expect.any(String) },
        })
        expect(data.order.payment_status).toBe("authorized")
        // The buyer's confirmation page reads the same instructions through the store API.
        const { data: mine } = await api.get(`/store/orders/${order.id}/payment-instructions`, asOrdersBuyer(store, order.id, getContainer()))
        expect(mine.payment).toMatchObject({
          method: "bank_transfer",
          paid: false,
          amount: Number(data.order.total),
          reference: payment.data.reference,
          account: payment.data.account,
          hours_to_pay: 24,
        })
        expect(Date.parse(mine.payment.pay_before) - Date.parse(order.created_at)).toBe(24 * 60 * 60 * 1000)
        await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
        const { data: paid } = await api.get(`/admin/orders/${order.id}?fields=payment_status`, admin)
        expect(paid.order.payment_status).toBe("captured")
        expect((await api.get(`/store/orders/${order.id}/payment-instructions`, asOrdersBuyer(store, order.id, getContainer()))).data.payment.paid).toBe(true)
      })

      it("finds a bank transfer's order by the reference a coordinator reads off the bank statement, however it was typed", async () => {
        const cartId = await cartWith({ variant_id: lasting.variantId, quantity: 1 }, IN_SURABAYA)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: (await choices(cartId)).expedition.id }, store)
        expect((await pay(cartId, "pp_bank-transfer_okoce")).status).toBe(200)
        const order = (await post(`/store/carts/${cartId}/complete`, {})).data.order
        const { reference } = (await api.get(`/store/orders/${order.id}/payment-instructions`, asOrdersBuyer(store, order.id, getContainer()))).data.payment
        const typed = ` ${reference.replace("-", "").toLowerCase()} `
        const found = await call(api.get(`/admin/transfer-references/${encodeURIComponent(typed)}`, admin))
        expect(found.status).toBe(200)
        expect(found.data).toMatchObject({ reference, order: { id: order.id, display_id: order.display_id }, payment: { paid: false, canceled: false } })
        const unknown = await call(api.get("/admin/transfer-references/PD-ZZZZZZ", admin))
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toBe("Tidak ada pesanan dengan referensi transfer PD-ZZZZZZ.")
        const notAReference = await call(api.get(`/admin/transfer-references/${encodeURIComponent("Transfer Rp 500.000")}`, admin))
        expect(notAReference.status).toBe(400)
        expect(notAReference.data.message).toMatch(/^reference: referensi transfer berbentuk PD-/)
        expect((await call(api.get(`/admin/transfer-references/${reference}`, store))).status).toBe(401)
        const container = getContainer()
        const { data: kecamatan } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "kecamatan", fields: ["id"] })
        const local = await coordinatorHeaders(container, api, "koordinator-kecamatan@test.local", { role: "kecamatan", kecamatan_ids: [kecamatan[0].id] })
        const refused = await call(api.get(`/admin/transfer-references/${reference}`, local))
        expect(refused.status).toBe(403)
        expect(refused.data.message).toMatch(/^Hanya koordinator kabupaten/)
      })
    })
  },
  { seeded: true }
)
