/** When an unpaid bank transfer gives up its order: the rules the hourly job applies, kept apart so they can be tested without a database. */

/** Providers registered from this module get ids "pp_<identifier>_<config id>": every bank-transfer instance matches. */
export const BANK_TRANSFER_PROVIDER_PREFIX = "pp_bank-transfer_"

export const isBankTransfer = (providerId: string | null | undefined) => Boolean(providerId?.startsWith(BANK_TRANSFER_PROVIDER_PREFIX))

export type TransferOrder = {
  status: string
  created_at: string | Date
  fulfillments?: Array<{ canceled_at?: string | Date | null } | null> | null
  payments: Array<{ provider_id: string; captured_at?: string | Date | null; canceled_at?: string | Date | null; data?: Record<string, unknown> | null }>
  /** Money a coordinator recorded as received for it (part of a transfer, say). */
  received?: number
}

/**
 * The moment the buyer's time to pay runs out. The hours are the ones the
 * buyer was shown when they ordered (kept in the payment's data), so changing
 * BANK_TRANSFER_HOURS_TO_PAY never shortens a promise already made.
 */
export function paymentDeadline(placedAt: string | Date, hoursShown: unknown, defaultHours: number): Date {
  const hours = typeof hoursShown === "number" && hoursShown > 0 ? hoursShown : defaultHours
  return new Date(new Date(placedAt).getTime() + hours * 3_600_000)
}

/**
 * Whether an order waits on a bank transfer that never came: paid by transfer,
 * nothing captured, past its deadline. A canceled order, one with money
 * captured (a coordinator confirmed the transfer) or one already handed to a
 * fulfillment is never touched, nor one whose buyer paid part of it (a coordinator
 * recorded money short of the total): those are people's decisions, not the clock's.
 */
export function isUnpaidPastDeadline(order: TransferOrder, now: Date, defaultHours: number): boolean {
  if (order.status === "canceled" || order.status === "completed") return false
  if ((order.received ?? 0) > 0) return false
  if ((order.fulfillments ?? []).some((fulfillment) => fulfillment && !fulfillment.canceled_at)) return false
  const live = order.payments.filter((payment) => !payment.canceled_at)
  if (!live.length || live.some((payment) => payment.captured_at) || !live.every((payment) => isBankTransfer(payment.provider_id))) return false
  return live.every((payment) => paymentDeadline(order.created_at, payment.data?.hours_to_pay, defaultHours) <= now)
}
