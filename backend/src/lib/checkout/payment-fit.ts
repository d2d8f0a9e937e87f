import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { offeredToBuyers, STRIPE_PROVIDER_ID } from "../payment-config"
import { assertDeliveryFits, deliveryKindsOf } from "./delivery-choices"

/** Cash changes hands only where someone from Pacitan meets the buyer: at the centre or at the courier's stop. */
const CASH_DELIVERIES = new Set(["pickup", "courier"])

export const isCashOnDelivery = (providerId: string) => providerId.startsWith("pp_cod_")

/** The shipping options a cart or an order has chosen, from its shipping methods. */
export const chosenOptionIds = (methods: Array<{ shipping_option_id: string | null } | null> | null | undefined) =>
  (methods ?? []).flatMap((method) => (method?.shipping_option_id ? [method.shipping_option_id] : []))

/** The providers a region offers buyers (never Medusa's system one). */
const offeredProviderIds = (region: { payment_providers?: Array<{ id: string } | null> | null } | null | undefined) =>
  (region?.payment_providers ?? []).flatMap((provider) => (provider && offeredToBuyers(provider.id) ? [provider.id] : []))

/** The buyer's words for each way to pay, in the order a refusal offers them. */
const WAY_TO_PAY: Array<[prefix: string, words: string]> = [
  ["pp_bank-transfer_", "transfer bank"],
  ["pp_cod_", "bayar di tempat"],
  [STRIPE_PROVIDER_ID, "kartu"],
]

/** "transfer bank atau kartu": the ways the store offers, but `except`; a refusal never offers what is not there. */
export function waysToPay(offeredIds: string[], except?: string) {
  const words = WAY_TO_PAY.filter(([prefix]) => offeredIds.some((id) => id.startsWith(prefix) && !(except && except.startsWith(prefix)))).map(
    ([, word]) => word
  )
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} atau ${words.at(-1)}` : (words[0] ?? "")
}

/** A provider the store does not offer (Medusa's system one, or one the region left out). */
export const paymentNotOffered = (providerId: string, offeredIds: string[]) =>
  new MedusaError(MedusaError.Types.NOT_ALLOWED, `Metode pembayaran ${providerId} tidak tersedia di toko ini; pilih ${waysToPay(offeredIds) || "metode lain"}.`)

export const codNeedsLocalDelivery = (offeredIds: string[]) => {
  const others = waysToPay(offeredIds, "pp_cod_")
  return `Bayar di tempat hanya untuk ambil di Pusat OK OCE atau kurir lokal Pacitan: pilih salah satunya dulu${others ? `, atau bayar dengan ${others}` : ""}.`
}

/** Cash on delivery needs a pickup or the local courier among the cart's delivery kinds, and nothing else. */
function assertPaymentFitsKinds(providerId: string, kinds: Array<string | null>, offeredIds: string[]) {
  if (isCashOnDelivery(providerId) && (!kinds.length || kinds.some((kind) => !kind || !CASH_DELIVERIES.has(kind)))) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, codNeedsLocalDelivery(offeredIds))
  }
}

/** Whether a payment provider suits the cart's chosen delivery: cash on delivery needs a pickup or the local courier. */
export async function assertPaymentFitsDelivery(container: MedusaContainer, providerId: string, shippingOptionIds: string[], offeredIds: string[]) {
  if (!isCashOnDelivery(providerId)) return
  assertPaymentFitsKinds(providerId, await deliveryKindsOf(container, shippingOptionIds), offeredIds)
}

/** The cart behind a payment collection and the shipping options it has chosen. */
export async function readPaymentCollectionCart(container: MedusaContainer, paymentCollectionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_collection",
    fields: ["id", "cart.id", "cart.shipping_methods.shipping_option_id", "cart.region.payment_providers.id"],
    filters: { id: paymentCollectionId },
  })
  const row = data[0]
  // No such payment collection: Medusa's session workflow would fail on it with a 500.
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Pembayaran ini tidak ditemukan. Muat ulang halaman checkout.")
  const cart = row.cart
  return cart
    ? {
        id: cart.id,
        shippingOptionIds: chosenOptionIds(cart.shipping_methods),
        offeredProviderIds: offeredProviderIds(cart.region),
      }
    : null
}

/** At completion: the delivery still fits the cart (the address may have changed since) and the payment still fits the delivery. */
export async function assertCheckoutFits(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["shipping_methods.shipping_option_id", "payment_collection.payment_sessions.provider_id", "region.payment_providers.id"],
    filters: { id: cartId },
  })
  const cart = data[0]
  const optionIds = chosenOptionIds(cart?.shipping_methods)
  const kinds = await assertDeliveryFits(container, cartId, optionIds)
  const offeredIds = offeredProviderIds(cart?.region)
  for (const session of cart?.payment_collection?.payment_sessions ?? []) {
    if (session && !offeredToBuyers(session.provider_id)) throw paymentNotOffered(session.provider_id, offeredIds)
    if (session) assertPaymentFitsKinds(session.provider_id, kinds, offeredIds)
  }
}
