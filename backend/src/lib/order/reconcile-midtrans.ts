import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentActions } from "@medusajs/framework/utils"
import { processPaymentWorkflowId } from "@medusajs/medusa/core-flows"
import { MIDTRANS_PROVIDER_ID, midtransOptionsOf } from "../payment-config"
import { closeUnpaidTransaction, midtransClients, transactionOf } from "../../modules/payment-midtrans/clients"
import { isLost, isPaid, rupiahOf } from "../../modules/payment-midtrans/transaction-status"
import { cancelOrderOfLostPaymentWorkflow } from "../../workflows/payment/cancel-order-of-lost-payment"

/** Past its time to pay, a transaction gets this long before it is closed: a buyer paying at the last minute is not cut off. */
const GRACE_MS = 60 * 60 * 1000
/** One sweep asks Midtrans about this many orders at most; the next sweep takes the rest. */
const MOST_PER_SWEEP = 200

type Waiting = { session_id: string; midtrans_order_id: string; hours_to_pay: string | null; order_id: string; placed_at: Date }

/** Placed orders still waiting on a Midtrans payment: a Midtrans session, nothing captured, not cancelled, oldest first. */
async function ordersWaitingOnMidtrans(container: MedusaContainer): Promise<Waiting[]> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return pg("payment_session as ps")
    .join("order_payment_collection as link", "link.payment_collection_id", "ps.payment_collection_id")
    .join("order as o", "o.id", "link.order_id")
    .where("ps.provider_id", MIDTRANS_PROVIDER_ID)
    .whereNull("ps.deleted_at")
    .whereNull("link.deleted_at")
    .whereNull("o.deleted_at")
    .whereNotIn("o.status", ["canceled", "completed", "archived"])
    .whereNotExists(pg("payment as p").whereRaw("p.payment_collection_id = ps.payment_collection_id").whereNotNull("p.captured_at").whereNull("p.deleted_at"))
    .whereRaw("ps.data->>'order_id' is not null")
    .orderBy("o.created_at", "asc")
    .limit(MOST_PER_SWEEP)
    .select(
      "ps.id as session_id",
      pg.raw("ps.data->>'order_id' as midtrans_order_id"),
      pg.raw("ps.data->>'hours_to_pay' as hours_to_pay"),
      "o.id as order_id",
      "o.created_at as placed_at"
    )
}

/**
 * The sweep behind Midtrans' notifications: a notification can be lost (our
 * server down, a failure while it was handled, Midtrans giving up), and an
 * order must not wait forever for it. Every placed order still waiting on
 * Midtrans is asked about with the status API: paid is captured as the
 * notification would have done, lost (expired, cancelled, denied) cancels the
 * order and frees its stock, and one past its time to pay is closed at
 * Midtrans and then cancelled. Running it twice changes nothing more.
 *
 * @example
 * const { captured, canceled, failed } = await reconcileMidtransOrders(container, new Date())
 */
export async function reconcileMidtransOrders(container: MedusaContainer, now: Date) {
  const result = { captured: [] as string[], canceled: [] as string[], failed: [] as Array<{ order_id: string; message: string }> }
  const options = midtransOptionsOf(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  if (!options) return result
  const clients = midtransClients(options)
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  for (const waiting of await ordersWaitingOnMidtrans(container)) {
    try {
      let transaction = await transactionOf(clients, waiting.midtrans_order_id)
      const hours = Number(waiting.hours_to_pay) || options.hoursToPay
      const overdue = now.getTime() > new Date(waiting.placed_at).getTime() + hours * 3_600_000 + GRACE_MS
      if (overdue && !(transaction && (isPaid(transaction) || isLost(transaction)))) {
        await closeUnpaidTransaction(clients, waiting.midtrans_order_id)
        // Paid in the moment before it closed: the status says so, and the money is taken, not refused.
        transaction = await transactionOf(clients, waiting.midtrans_order_id)
      }
      if (transaction && isPaid(transaction)) {
        await engine.run(processPaymentWorkflowId, {
          input: { action: PaymentActions.SUCCESSFUL, data: { session_id: waiting.session_id, amount: rupiahOf(transaction.gross_amount) } },
        })
        result.captured.push(waiting.order_id)
      } else if ((transaction && isLost(transaction)) || overdue) {
        await cancelOrderOfLostPaymentWorkflow(container).run({ input: { payment_session_id: waiting.session_id } })
        result.canceled.push(waiting.order_id)
      }
    } catch (error) {
      result.failed.push({ order_id: waiting.order_id, message: (error as Error).message })
    }
  }
  if (result.failed.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Midtrans orders not reconciled: ${result.failed.map((entry) => `${entry.order_id} (${entry.message})`).join("; ")}`)
  }
  return result
}
