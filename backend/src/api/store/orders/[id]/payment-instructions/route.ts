import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deliveryKindsOf } from "../../../../../workflows/checkout/delivery-choices"
import { chosenOptionIds } from "../../../../../workflows/checkout/payment-fit"

type PaymentRow = { provider_id: string; data: Record<string, unknown> | null; captured_at: string | Date | null; canceled_at: string | Date | null }
type OrderRow = {
  id: string
  created_at: string | Date
  total: number
  shipping_methods?: Array<{ shipping_option_id: string | null } | null>
  payment_collections?: Array<{ payments?: Array<PaymentRow | null> } | null>
}

const HOUR = 60 * 60 * 1000

/**
 * How the buyer of an order pays, for its confirmation page: Medusa's store
 * order leaves payments out. For a bank transfer the account, the exact
 * amount, the reference and the time it must arrive by; for the other
 * methods only which one it is. Anyone holding the order's id may read it,
 * as they may read the order itself.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "created_at", "total", "shipping_methods.shipping_option_id", "payment_collections.payments.provider_id", "payment_collections.payments.data", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
    filters: { id: req.params.id },
  })
  const order = data[0] as unknown as OrderRow | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pesanan ${req.params.id} tidak ditemukan.`)
  const payment = order.payment_collections?.flatMap((collection) => collection?.payments ?? []).find(Boolean)
  if (!payment) return res.json({ payment: null })
  const details = payment.data ?? {}
  const paid = Boolean(payment.captured_at)
  const common = { provider_id: payment.provider_id, method: details.method ?? null, paid, canceled: Boolean(payment.canceled_at) }
  if (details.method === "cash_on_delivery") {
    // Where the cash changes hands: at the centre for a pickup, at the door for the local courier.
    const kinds = await deliveryKindsOf(req.scope, chosenOptionIds(order.shipping_methods))
    return res.json({ payment: { ...common, collect_at: kinds.includes("pickup") ? "pickup" : "courier" } })
  }
  if (details.method !== "bank_transfer") return res.json({ payment: common })
  const hours = Number(details.hours_to_pay ?? 24)
  res.json({
    payment: {
      ...common,
      amount: Number(order.total),
      reference: details.reference,
      account: details.account,
      hours_to_pay: hours,
      pay_before: new Date(new Date(order.created_at).getTime() + hours * HOUR).toISOString(),
    },
  })
}
