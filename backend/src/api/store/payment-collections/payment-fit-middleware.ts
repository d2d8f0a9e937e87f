import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertPaymentFitsDelivery, isCashOnDelivery, readPaymentCollectionCart } from "../../../workflows/checkout/payment-fit"

/**
 * Before Medusa opens a payment session: cash on delivery only for a cart
 * that is picked up or brought by the local courier. Completion checks it
 * again, since the delivery can change after the payment was chosen.
 */
export async function paymentFitsDelivery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const providerId = (req.body as { provider_id?: unknown } | undefined)?.provider_id
  if (typeof providerId !== "string" || !isCashOnDelivery(providerId)) return next()
  const cart = await readPaymentCollectionCart(req.scope, req.params.id)
  await assertPaymentFitsDelivery(req.scope, providerId, cart?.shippingOptionIds ?? [])
  next()
}
