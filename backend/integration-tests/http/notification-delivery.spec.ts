import { ContainerRegistrationKeys, Modules, PaymentEvents } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { CurationEvents, ProducerEvents, SettlementEvents } from "../../src/lib/events"
import { indonesianDate } from "../../src/lib/notification/licence-expiry-notice"
import { formatRupiah } from "../../src/lib/rupiah"
import { reviewLicenceExpiryWorkflow } from "../../src/workflows/curation/review-licence-expiry"
import { transitionCurationWorkflow } from "../../src/workflows/curation/transition-curation"
import { backendTestRunner } from "../medusa-runner"
import { startFakeWhatsApp, type SentWhatsApp } from "../notification/fake-whatsapp"
import { startSmtpCatcher, type CaughtMail } from "../notification/smtp-catcher"
import { createTestDesa, createTestProducer, producerHeaders, type Headers } from "../producer-fixtures"
import { seededStore } from "../seeded-store"
import { eventually } from "../stripe/card-checkout"
import { storeCheckout } from "../store-checkout"

const WHATSAPP_KEYS = { token: "EAAG-fake-pasar-desa-token", phoneNumberId: "106540352242922" }

// Email goes to this local SMTP server and WhatsApp to this fake of the Cloud API for the whole file.
const smtp = await startSmtpCatcher()
const whatsapp = await startFakeWhatsApp(WHATSAPP_KEYS)
afterAll(() => Promise.all([smtp.stop(), whatsapp.stop()]))
// Medusa's test runner reads medusa-config.ts before it applies its `env` option: set them first.
Object.assign(process.env, {
  SMTP_URL: smtp.url,
  NOTIFICATION_FROM: "Pasar Desa OK OCE <pesan@pasardesa.test>",
  WHATSAPP_TOKEN: WHATSAPP_KEYS.token,
  WHATSAPP_PHONE_NUMBER_ID: WHATSAPP_KEYS.phoneNumberId,
  WHATSAPP_API_BASE: whatsapp.url,
  STOREFRONT_URL: "https://pasardesa.test",
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What has arrived matching `match`, once at least one has (events run after the answer) and `settleMs` more has passed for a duplicate to show. */
async function arrived<T>(list: T[] | (() => T[]), match: (entry: T) => boolean, settleMs = 0): Promise<T[]> {
  const read = () => (typeof list === "function" ? list() : list)
  for (let waited = 0; waited < 15_000; waited += 100) {
    if (read().some(match)) break
    await pause(100)
  }
  await pause(settleMs)
  return read().filter(match)
}

const mailsTo = (email: string, subject: RegExp) => (mail: CaughtMail) => mail.to.includes(email) && subject.test(mail.subject)
const whatsappsTo =
  (phone: string, template: string, about = "") =>
  (message: SentWhatsApp) =>
    message.to === phone.replace(/\D/g, "") && message.template === template && message.text.includes(about)

backendTestRunner(
  ({ api, getContainer }) => {
    describe("notices reach people: email through SMTP, WhatsApp through the Cloud API, each once", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      const emit = (name: string, data: Record<string, unknown>) => getContainer().resolve(Modules.EVENT_BUS).emit({ name, data })

      /** A stocked product of a seeded producer, that producer's WhatsApp number and stock location. */
      async function stockedProduct(skipProducer?: string) {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({
          entity: "product",
          fields: ["id", "title", "producer.id", "producer.whatsapp", "variants.id", "variants.manage_inventory", "product_curation.state"],
        })
        const { data } = await api.get("/store/products?limit=200&fields=id,variants.id,variants.inventory_quantity", store)
        const inStock = new Set(
          data.products.flatMap((product: any) => product.variants.filter((variant: any) => variant.inventory_quantity >= 5).map((variant: any) => variant.id))
        )
        const product = products.find(
          (row) =>
            row.producer &&
            row.producer.id !== skipProducer &&
            row.product_curation?.state === "approved" &&
            row.variants.some((variant) => variant && variant.manage_inventory && inStock.has(variant.id))
        )!
        return {
          id: product.id,
          title: product.title,
          variantId: product.variants.find((variant) => variant && inStock.has(variant.id))!.id,
          producerId: product.producer!.id,
          phone: product.producer!.whatsapp,
        }
      }

      beforeAll(async () => {
        ;({ store, admin, regionId } = await seededStore(getContainer(), api))
      })

      it("emails the buyer, in Indonesian, the order placed, the payment received and the parcel shipped with its tracking number, once each however often the events come", async () => {
        const picked = await stockedProduct()
        const producer = await producerHeaders(getContainer(), api, "produsen-kabar@uji.test", picked.producerId)
        // This producer reads email rather than WhatsApp (their profile's choice).
        expect((await api.post("/producer/me", { notify_by: "email" }, producer)).data.producer.notify_by).toBe("email")
        const order = await storeCheckout(api, store, regionId, "pp_bank-transfer_okoce").placeOrder([{ variant_id: picked.variantId, quantity: 1 }])
        const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=email,payment_collections.payments.id`, admin)
        const buyer = placed.order.email as string

        const [confirmation, ...moreConfirmations] = await arrived(smtp.mails, mailsTo(buyer, new RegExp(`^Pesanan #${order.display_id} diterima`)))
        expect(moreConfirmations).toEqual([])
        expect(confirmation.from).toBe("pesan@pasardesa.test")
        expect(confirmation.text).toContain(`Terima kasih! Pesanan #${order.display_id}: 1 × ${picked.title}`)
        expect(confirmation.text).toMatch(/Transfer tepat Rp [\d.]+ ke /)
        // The order's page as a full address on the storefront, with the key of its link.
        expect(confirmation.text).toMatch(new RegExp(`https://pasardesa\\.test/pesanan/${order.id}\\?kunci=[A-Za-z0-9_-]{32}`))
        // The producer hears of the new order by email, as they chose, and not on WhatsApp.
        const [newOrder] = await arrived(smtp.mails, mailsTo("produsen-kabar@uji.test", new RegExp(`^Pesanan baru #${order.display_id} di Pasar Desa$`)))
        expect(newOrder.text).toMatch(new RegExp(`^Ada pesanan baru #${order.display_id}: 1 × `))
        expect(newOrder.text).toContain("https://pasardesa.test/panel/pesanan")
        expect(whatsapp.sent.filter(whatsappsTo(picked.phone, "producer_new_order", `#${order.display_id}:`))).toEqual([])

        const paymentId = placed.order.payment_collections[0].payments[0].id as string
        expect((await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)).status).toBe(200)
        const [receipt] = await arrived(smtp.mails, mailsTo(buyer, new RegExp(`^Pembayaran pesanan #${order.display_id} diterima`)))
        expect(receipt.text).toMatch(new RegExp(`^Pembayaran Rp [\\d.]+ untuk pesanan #${order.display_id} \\(1 × `))
        expect(receipt.text).toContain(`${picked.title}`)
        expect(receipt.text).toContain("sudah kami terima. Terima kasih!")

        const { data: parts } = await api.get("/producer/orders?limit=50", producer)
        const part = parts.orders.find((row: { order: { display_id: number } }) => row.order.display_id === order.display_id)
        for (const move of [{ status: "accepted" }, { status: "packed" }, { status: "shipped", tracking_note: "JNE 0123456789" }]) {
          expect((await api.post(`/producer/orders/${part.id}/status`, move, producer)).status).toBe(200)
        }
        const [shipped] = await arrived(smtp.mails, mailsTo(buyer, new RegExp(`^Pesanan #${order.display_id} dikirim`)))
        expect(shipped.text).toContain(`Pesanan #${order.display_id} sudah dikirim oleh `)
        expect(shipped.text).toContain("Nomor resi / catatan pengiriman: JNE 0123456789.")

        // Each event delivered again: nobody gets a second message.
        const { data: fulfilled } = await api.get(`/admin/orders/${order.id}?fields=fulfillments.id`, admin)
        await emit("order.placed", { id: order.id })
        await emit(PaymentEvents.CAPTURED, { id: paymentId })
        await emit("shipment.created", { id: fulfilled.order.fulfillments[0].id, no_notification: false })
        await pause(2_000)
        for (const subject of ["diterima", "dikirim"].map((word) => new RegExp(`^Pesanan #${order.display_id} ${word}`))) {
          expect(smtp.mails.filter(mailsTo(buyer, subject))).toHaveLength(1)
        }
        expect(smtp.mails.filter(mailsTo(buyer, new RegExp(`^Pembayaran pesanan #${order.display_id}`)))).toHaveLength(1)
      }, 180_000)

      it("tells the producer on WhatsApp of each curation decision with the coordinator's reason, once each even when the event comes twice", async () => {
        const picked = await stockedProduct()
        // Seeding the catalogue approved this and the producer's other products, each with its own notice: only what follows counts.
        const since = whatsapp.sent.length
        const sent = () => whatsapp.sent.slice(since)
        const curate = async (action: "revoke" | "submit" | "request_changes" | "approve", reason?: string) => {
          const actor = action === "submit" ? { type: "producer" as const, id: picked.producerId } : { type: "user" as const, id: null }
          const { result } = await transitionCurationWorkflow(getContainer()).run({ input: { product_ids: [picked.id], action, reason, actor } })
          return result[0]
        }
        const revoked = await curate("revoke", "Label belum mencantumkan nomor P-IRT")
        await curate("submit")
        await curate("request_changes", "Tulis berat bersih di label")
        await curate("submit")
        await curate("approve")

        const [revokedNotice] = await arrived(sent, whatsappsTo(picked.phone, "product_curation_revoked", `"${picked.title}"`))
        expect(revokedNotice.language).toBe("id")
        expect(revokedNotice.text).toContain(`Persetujuan produk "${picked.title}" dicabut`)
        expect(revokedNotice.text).toContain("Alasan: Label belum mencantumkan nomor P-IRT.")
        expect(revokedNotice.text).toContain("https://pasardesa.test/panel/produk")
        const [changes] = await arrived(sent, whatsappsTo(picked.phone, "product_curation_changes_requested", `"${picked.title}"`))
        expect(changes.text).toContain(
          `Produk "${picked.title}" perlu perbaikan sebelum bisa tampil untuk pembeli. Catatan koordinator: Tulis berat bersih di label.`
        )
        const [approved] = await arrived(sent, whatsappsTo(picked.phone, "product_curation_approved", `"${picked.title}"`))
        expect(approved.text).toContain(`Produk "${picked.title}" disetujui kurator OK OCE`)

        await emit("curation.revoked", { id: picked.id, from: revoked.from, to: revoked.to, reason: revoked.reason, event_id: revoked.event_id })
        await pause(1_500)
        for (const template of ["product_curation_revoked", "product_curation_changes_requested", "product_curation_approved"]) {
          expect(sent().filter(whatsappsTo(picked.phone, template, `"${picked.title}"`))).toHaveLength(1)
        }
        expect(whatsapp.refused).toEqual([])
      })

      it("tells a producer who chose both WhatsApp and email of their suspension and reactivation with the reason, retrying a send WhatsApp failed without sending it twice", async () => {
        const container = getContainer()
        const producerId = await createTestProducer(container, await createTestDesa(container), "usaha-kabar-status")
        const phone = "+6281234567890"
        const email = "usaha-kabar-status@uji.test"
        // This producer wants both: WhatsApp and the email they sign in with.
        const auth = await producerHeaders(container, api, email, producerId)
        expect((await api.post("/producer/me", { notify_by: "both" }, auth)).status).toBe(200)
        whatsapp.failNext(1)
        const reason = "Izin P-IRT sedang diperiksa ulang oleh dinas"
        expect((await api.post(`/admin/producers/${producerId}`, { status: "suspended", status_reason: reason }, admin)).status).toBe(200)

        const [suspended, ...more] = await arrived(whatsapp.sent, whatsappsTo(phone, "producer_suspended"))
        expect(more).toEqual([])
        expect(suspended.text).toContain("Usaha Usaha usaha-kabar-status di Pasar Desa OK OCE kami tangguhkan")
        expect(suspended.text).toContain(`Alasan: ${reason}.`)
        expect(whatsapp.refused).toEqual(["(#131000) Something went wrong"])
        const [suspendedMail, ...moreMail] = await arrived(smtp.mails, mailsTo(email, /ditangguhkan di Pasar Desa OK OCE$/))
        expect(moreMail).toEqual([])
        expect(suspendedMail.text).toContain(`Alasan: ${reason}.`)
        // The failed try is kept for the record under a released key; the retry is the one that went.
        // (Medusa marks a batch's rows once all its sends are done: the email may still be on its way.)
        const rowsNow = () =>
          container.resolve(Modules.NOTIFICATION).listNotifications({ template: "producer-suspended", resource_id: producerId, channel: "whatsapp" })
        let rows = await rowsNow()
        for (let waited = 0; rows.some((row) => row.status === "pending") && waited < 10_000; waited += 100) {
          await pause(100)
          rows = await rowsNow()
        }
        expect(rows.map((row) => row.status).sort()).toEqual(["failure", "success"])
        expect(rows.find((row) => row.status === "success")).toMatchObject({ channel: "whatsapp", to: phone, external_id: suspended.id })

        const after = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).retrieveProducer(producerId)
        await emit(ProducerEvents.STATUS_CHANGED, {
          id: producerId,
          from: "active",
          to: "suspended",
          reason,
          changed_at: new Date(after.updated_at).toISOString(),
        })
        await pause(1_500)
        expect(whatsapp.sent.filter(whatsappsTo(phone, "producer_suspended"))).toHaveLength(1)
        expect(smtp.mails.filter(mailsTo(email, /ditangguhkan/))).toHaveLength(1)

        expect((await api.post(`/admin/producers/${producerId}`, { status: "active", status_reason: null }, admin)).status).toBe(200)
        const [active] = await arrived(whatsapp.sent, whatsappsTo(phone, "producer_activated"), 1_000)
        expect(active.text).toMatch(/^Usaha Usaha usaha-kabar-status aktif kembali di Pasar Desa OK OCE\./)
        expect(whatsapp.sent.filter(whatsappsTo(phone, "producer_activated"))).toHaveLength(1)
      })

      it("warns a producer who chose both WhatsApp and email that their licence runs out, with its number, the day in Indonesian and every product leaving the shop, once however often the check runs or the event comes", async () => {
        const container = getContainer()
        const { data: products } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "product",
          fields: [
            "id",
            "title",
            "product_curation.state",
            "product_compliance.licence",
            "product_compliance.halal",
            "producer.id",
            "producer.business_name",
            "producer.whatsapp",
            "producer.pirt_number",
            "producer.pirt_expires_on",
            "producer.halal_number",
            "producer.halal_expires_on",
          ],
        })
        const onSale = products.filter((product) => product.product_curation?.state === "approved" && product.producer)
        const licencesOf = (product: (typeof onSale)[number]) => {
          const producer = product.producer!
          return [
            product.product_compliance?.licence === "pirt" && producer.pirt_expires_on
              ? [{ kind: "pirt" as const, number: producer.pirt_number!, expires_on: new Date(producer.pirt_expires_on).toISOString() }]
              : [],
            product.product_compliance?.halal && producer.halal_expires_on
              ? [{ kind: "halal" as const, number: producer.halal_number!, expires_on: new Date(producer.halal_expires_on).toISOString() }]
              : [],
          ].flat()
        }
        // The licence on sale that runs out first: checking 20 days before it warns of it and takes nothing off sale.
        const [first] = onSale
          .flatMap((product) => licencesOf(product).map((licence) => ({ ...licence, producer: product.producer! })))
          .sort((a, b) => a.expires_on.localeCompare(b.expires_on))
        const producer = first.producer
        const underIt = onSale.filter((product) => product.producer!.id === producer.id && licencesOf(product).some((licence) => licence.kind === first.kind))
        expect(underIt.length).toBeGreaterThanOrEqual(2)
        const email = "produsen-izin@uji.test"
        const auth = await producerHeaders(container, api, email, producer.id)
        expect((await api.post("/producer/me", { notify_by: "both" }, auth)).status).toBe(200)
        const refusedBefore = whatsapp.refused.length
        const checkDay = new Date(Date.parse(first.expires_on) - 20 * 86_400_000).toISOString().slice(0, 10)
        const nextDay = new Date(Date.parse(first.expires_on) - 19 * 86_400_000).toISOString().slice(0, 10)

        const { result } = await reviewLicenceExpiryWorkflow(container).run({ input: { today: checkDay } })
        expect(result.revoked).toEqual([])
        const name = first.kind === "pirt" ? "Izin P-IRT" : "Sertifikat halal"
        const day = indonesianDate(first.expires_on)
        const [message, ...moreMessages] = await arrived(whatsapp.sent, whatsappsTo(producer.whatsapp, "producer_licence_expiring", first.number), 1_500)
        expect(moreMessages).toEqual([])
        expect(message.text).toContain(`${name} usaha ${producer.business_name} nomor ${first.number} berlaku sampai ${day}.`)
        for (const product of underIt) expect(message.text).toContain(`"${product.title}"`)
        expect(message.text).toContain("ke koordinator kecamatan Anda")
        expect(message.text).toContain("https://pasardesa.test/panel/profil")
        const [mail, ...moreMails] = await arrived(smtp.mails, mailsTo(email, new RegExp(`^${name} .* berakhir ${day}$`)))
        expect(moreMails).toEqual([])
        expect(mail.text).toContain(`nomor ${first.number} berlaku sampai ${day}`)

        // The job the next day, and each product's event delivered twice more: still one message on each channel.
        await reviewLicenceExpiryWorkflow(container).run({ input: { today: nextDay } })
        for (const product of [...underIt, ...underIt]) {
          await emit(CurationEvents.LICENCE_WARNED, {
            id: product.id,
            warning: `${name} berakhir ${first.expires_on.slice(0, 10)}`,
            producer_id: producer.id,
            expiring: [{ licence: first.kind, number: first.number, expires_on: first.expires_on }],
          })
        }
        await pause(2_000)
        expect(whatsapp.sent.filter(whatsappsTo(producer.whatsapp, "producer_licence_expiring", first.number))).toHaveLength(1)
        expect(smtp.mails.filter(mailsTo(email, new RegExp(`^${name} `)))).toHaveLength(1)
        expect(whatsapp.refused.slice(refusedBefore)).toEqual([])
      }, 120_000)

      it("tells the producer of each payout on the channel they chose: the amount, the masked account, the day, the reference and the balance left, once each", async () => {
        const container = getContainer()
        const picked = await stockedProduct()
        const email = "produsen-bayar@uji.test"
        const own = await producerHeaders(container, api, email, picked.producerId)
        expect((await api.post("/producer/me", { notify_by: "email" }, own)).status).toBe(200)
        expect((await api.post("/producer/settlement/account", { bank: "BRI", number: "0123 4567 8901", holder: "Sutini" }, own)).status).toBe(200)
        expect((await api.post(`/admin/producers/${picked.producerId}/payout-account/confirm`, {}, admin)).status).toBe(200)
        // A sale paid by transfer gives the producer something to be paid.
        const order = await storeCheckout(api, store, regionId, "pp_bank-transfer_okoce").placeOrder([{ variant_id: picked.variantId, quantity: 1 }])
        const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=payment_collections.payments.id`, admin)
        expect((await api.post(`/admin/payments/${placed.order.payment_collections[0].payments[0].id}/capture`, {}, admin)).status).toBe(200)
        const settlement = async () => (await api.get(`/admin/producers/${picked.producerId}/settlement`, admin)).data
        await eventually(async () => ((await settlement()).balance >= 1_500 ? true : undefined), "a balance to pay out")
        const payout = (amount: number, reference: string) =>
          api.post(`/admin/producers/${picked.producerId}/payouts`, { amount, reference, paid_on: "2026-12-04" }, admin)
        const redeliver = async (reference: string) => {
          const entry = (await settlement()).entries.find((row: { kind: string; note: string }) => row.kind === "payout" && row.note.includes(reference))
          const data = { id: entry.id, producer_id: picked.producerId, reference, paid_on: "2026-12-04" }
          await emit(SettlementEvents.PAYOUT_RECORDED, data)
          await emit(SettlementEvents.PAYOUT_RECORDED, data)
        }

        const first = await payout(1_000, "TRF-KABAR-1")
        expect(first.status).toBe(201)
        const [mail, ...moreMails] = await arrived(smtp.mails, mailsTo(email, /^Pembayaran Rp 1\.000 dari Pasar Desa OK OCE$/), 1_000)
        expect(moreMails).toEqual([])
        expect(mail.text).toContain(
          "Pusat OK OCE sudah membayar Rp 1.000 ke rekening BRI ••••8901 a.n. Sutini pada 4 Desember 2026, referensi transfer TRF-KABAR-1."
        )
        expect(mail.text).toContain(`Saldo Anda setelah pembayaran ini: ${formatRupiah(first.data.balance)}.`)
        expect(mail.text).toContain("https://pasardesa.test/panel/saldo")
        expect(mail.text).not.toContain("012345678901")
        // The coordinator's double tap, and the event delivered twice more: one email, and nothing on WhatsApp (the producer chose email).
        expect((await payout(1_000, "TRF-KABAR-1")).status).toBe(201)
        await redeliver("TRF-KABAR-1")
        await pause(2_000)
        expect(smtp.mails.filter(mailsTo(email, /^Pembayaran /))).toHaveLength(1)
        expect(whatsapp.sent.filter(whatsappsTo(picked.phone, "producer_payout_sent"))).toEqual([])

        // Now the producer reads WhatsApp instead.
        expect((await api.post("/producer/me", { notify_by: "whatsapp" }, own)).status).toBe(200)
        const second = await payout(500, "TRF-KABAR-2")
        const [message, ...moreMessages] = await arrived(whatsapp.sent, whatsappsTo(picked.phone, "producer_payout_sent", "TRF-KABAR-2"), 1_000)
        expect(moreMessages).toEqual([])
        expect(message.text).toContain(
          "Pusat OK OCE sudah membayar Rp 500 ke rekening BRI ••••8901 a.n. Sutini pada 4 Desember 2026, referensi transfer TRF-KABAR-2."
        )
        expect(message.text).toContain(`Saldo Anda setelah pembayaran ini: ${formatRupiah(second.data.balance)}.`)
        await redeliver("TRF-KABAR-2")
        await pause(2_000)
        expect(whatsapp.sent.filter(whatsappsTo(picked.phone, "producer_payout_sent"))).toHaveLength(1)
        expect(smtp.mails.filter(mailsTo(email, /^Pembayaran /))).toHaveLength(1)
      }, 120_000)
    })
  },
  { seeded: true }
)
