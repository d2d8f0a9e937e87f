import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { offeredToBuyers } from "../../../lib/payment-config"
import { assertPaymentFitsDelivery, isCashOnDelivery, paymentNotOffered, readPaymentCollectionCart } from "../../../lib/checkout/payment-fit"

/**
 * Before Medusa opens a payment session: only a provider the cart's region
 * offers (Medusa does not check; its system provider would authorize an order
 * nobody pays), and cash on delivery only for a cart that is picked up or
 * brought by the local courier. Completion checks both again, since the
 * delivery can change after the payment was chosen.
 */
export async function paymentFitsDelivery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const providerId = (req.body as { provider_id?: unknown } | undefined)?.provider_id
  if (typeof providerId !== "string") return next()
  const cart = await readPaymentCollectionCart(req.scope, req.params.id)
  const offeredIds = cart?.offeredProviderIds ?? []
  if (!offeredToBuyers(providerId) || (cart && !offeredIds.includes(providerId))) throw paymentNotOffered(providerId, offeredIds)
  if (isCashOnDelivery(providerId)) await assertPaymentFitsDelivery(req.scope, providerId, cart?.shippingOptionIds ?? [], offeredIds)
  next()
}
