import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deliveryKindsOf } from "../checkout/delivery-choices"
import { chosenOptionIds } from "../checkout/payment-fit"
import { MIDTRANS_PROVIDER_ID } from "../payment-config"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"

export type PaymentInstructions = {
  provider_id: string
  method: "bank_transfer" | "cash_on_delivery" | "midtrans" | null
  paid: boolean
  canceled: boolean
  /** Cash on delivery: paid at the centre on pickup, or to the local courier at the door. */
  collect_at?: "pickup" | "courier"
  amount?: number
  /** Bank transfer: what the centre has received so far, and what is still to come (a buyer who paid short). */
  received?: number
  outstanding?: number
  reference?: string
  account?: { bank: string; number: string; holder: string }
  hours_to_pay?: number
  pay_before?: string
  /** Midtrans: Snap's page, where the buyer picks QRIS, a virtual account or an e-wallet and pays. */
  pay_url?: string
}

const HOUR = 60 * 60 * 1000

/**
 * How the buyer of an order pays (Medusa's store order leaves payments out):
 * for a bank transfer the account, the exact amount, the reference and the
 * time it must arrive by; for cash where it changes hands; for Midtrans, until
 * the buyer has paid (the order then has a payment session and no payment yet),
 * Snap's page; for the other methods only which one it is. Undefined for an
 * unknown order, null for an order without a payment.
 */
export async function readPaymentInstructions(container: MedusaContainer, orderId: string): Promise<PaymentInstructions | null | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "created_at",
      "total",
      "shipping_methods.shipping_option_id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payment_sessions.provider_id",
      "payment_collections.payment_sessions.data",
      "payment_collections.payment_sessions.status",
    ],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) return undefined
  const payment = order.payment_collections?.flatMap((collection) => collection?.payments ?? []).find(Boolean)
  if (!payment) return awaitingMidtrans(order)
  const details = payment.data ?? {}
  const method = details.method === "bank_transfer" || details.method === "cash_on_delivery" ? details.method : null
  const common: PaymentInstructions = { provider_id: payment.provider_id, method, paid: Boolean(payment.captured_at), canceled: Boolean(payment.canceled_at) }
  if (method === "cash_on_delivery") {
    const kinds = await deliveryKindsOf(container, chosenOptionIds(order.shipping_methods))
    return { ...common, collect_at: kinds.includes("pickup") ? "pickup" : "courier" }
  }
  if (method !== "bank_transfer") return common
  const hours = Number(details.hours_to_pay ?? 24)
  const received = (await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).receivedFor([orderId])).get(orderId) ?? 0
  return {
    ...common,
    amount: Number(order.total),
    received,
    outstanding: common.paid || common.canceled ? 0 : Math.max(0, Number(order.total) - received),
    reference: details.reference as string | undefined,
    account: details.account as PaymentInstructions["account"],
    hours_to_pay: hours,
    pay_before: new Date(new Date(order.created_at).getTime() + hours * HOUR).toISOString(),
  }
}

type OrderSessions = {
  status: string
  created_at: string | Date
  total: unknown
  payment_collections?: Array<{
    payment_sessions?: Array<{ provider_id: string; data?: Record<string, unknown> | null; status: string } | null> | null
  } | null> | null
}

/** An order placed with Midtrans whose buyer has not paid yet: Snap's page, until it expires or is refused. */
function awaitingMidtrans(order: OrderSessions): PaymentInstructions | null {
  const session = order.payment_collections
    ?.flatMap((collection) => collection?.payment_sessions ?? [])
    .find((candidate) => candidate?.provider_id === MIDTRANS_PROVIDER_ID)
  if (!session) return null
  const canceled = order.status === "canceled" || session.status === "canceled" || session.status === "error"
  const hours = Number(session.data?.hours_to_pay ?? 24)
  return {
    provider_id: MIDTRANS_PROVIDER_ID,
    method: "midtrans",
    paid: false,
    canceled,
    amount: Number(order.total),
    ...(canceled
      ? {}
      : {
          pay_url: String(session.data?.redirect_url ?? ""),
          hours_to_pay: hours,
          pay_before: new Date(new Date(order.created_at).getTime() + hours * HOUR).toISOString(),
        }),
  }
}
