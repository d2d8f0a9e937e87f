import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"

/** A transaction as Midtrans' status API describes it (the fields we read). */
export type MidtransTransaction = {
  order_id: string
  transaction_id?: string
  transaction_status: string
  fraud_status?: string
  gross_amount: string
  payment_type?: string
  status_code?: string
  /** Rupiah given back so far, through the API or Midtrans' dashboard ("5000.00"). */
  refund_amount?: string
}

/** Paid: settled, or a card captured that the fraud check accepted. */
export function isPaid({ transaction_status, fraud_status }: MidtransTransaction) {
  return transaction_status === "settlement" || (transaction_status === "capture" && (fraud_status ?? "accept") === "accept")
}

/** Will never be paid: the buyer let it lapse, it was cancelled, or the bank or the fraud check refused it. */
export function isLost({ transaction_status, fraud_status }: MidtransTransaction) {
  return ["expire", "cancel", "deny", "failure"].includes(transaction_status) || (transaction_status === "capture" && fraud_status === "deny")
}

/**
 * The payment session's status for a transaction, or for none yet (the buyer has
 * not chosen how to pay on Snap's page): anything neither paid nor lost waits,
 * and the order is placed with its payment pending, as a bank transfer's is.
 */
export function sessionStatusOf(transaction: MidtransTransaction | undefined) {
  if (!transaction) return PaymentSessionStatus.PENDING_AUTHORIZATION
  if (isPaid(transaction)) return PaymentSessionStatus.CAPTURED
  if (isLost(transaction)) return PaymentSessionStatus.CANCELED
  return PaymentSessionStatus.PENDING_AUTHORIZATION
}

/** What Medusa does on a confirmed transaction: capture it when paid, cancel the order when lost, else nothing. */
export function webhookActionOf(transaction: MidtransTransaction) {
  if (isPaid(transaction)) return PaymentActions.SUCCESSFUL
  if (isLost(transaction)) return transaction.transaction_status === "cancel" ? PaymentActions.CANCELED : PaymentActions.FAILED
  return PaymentActions.NOT_SUPPORTED
}

/** Midtrans writes rupiah amounts as "46000.00"; Medusa keeps whole rupiah. */
export const rupiahOf = (grossAmount: string) => Math.round(Number(grossAmount))

/** Rupiah Midtrans has given back of the transaction, however it was refunded. */
export const refundedAt = (transaction: MidtransTransaction | undefined) => (transaction?.refund_amount ? rupiahOf(transaction.refund_amount) : 0)
