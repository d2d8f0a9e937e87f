import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { COMPLETION_LOCK_MS, findOrdersWithoutCart, findReservationsWithoutOpenOrder } from "./find-interrupted-checkouts"

/**
 * Puts right what a server killed in the middle of a cart completion leaves
 * behind (Medusa's completion is a workflow of separate steps; a killed
 * process runs none of its compensations):
 * - an order created but never linked to its cart is canceled through
 *   Medusa's cancelOrderWorkflow, which puts its reservations back on sale.
 *   Its buyer never got it: the cart is still open, and completing it again
 *   makes the order that counts (or already has, so keeping this one would be
 *   a duplicate). It is canceled, not deleted, so the admin still shows it.
 * - a reservation for an order line that belongs to no open order is deleted.
 * Only work older than Medusa's completion lock is touched, so completions
 * still running on any server are left alone. Running it again changes nothing.
 *
 * @example
 * const { canceledOrders, releasedReservations } = await recoverInterruptedCheckouts(container, new Date())
 */
export async function recoverInterruptedCheckouts(container: MedusaContainer, now: Date) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const createdBefore = new Date(now.getTime() - COMPLETION_LOCK_MS)

  const canceledOrders: string[] = []
  const failed: Array<{ order_id: string; message: string }> = []
  for (const order of await findOrdersWithoutCart(pg, createdBefore)) {
    try {
      await cancelOrderWorkflow(container).run({ input: { order_id: order.id, no_notification: true } })
      canceledOrders.push(order.id)
      logger.warn(
        `[checkout-recovery] Order #${order.display_id} (${order.id}) was left by an interrupted checkout and never reached its buyer: canceled, its stock is back on sale.`
      )
    } catch (error) {
      failed.push({ order_id: order.id, message: (error as Error).message })
    }
  }
  if (failed.length) {
    logger.warn(`[checkout-recovery] Orders without a cart not canceled: ${failed.map((entry) => `${entry.order_id} (${entry.message})`).join("; ")}`)
  }

  const leaked = await findReservationsWithoutOpenOrder(pg, createdBefore)
  if (leaked.length) {
    await container.resolve(Modules.INVENTORY).deleteReservationItems(leaked.map((reservation) => reservation.id))
    const units = leaked.reduce((sum, reservation) => sum + Number(reservation.quantity), 0)
    logger.warn(`[checkout-recovery] Released ${leaked.length} reservation(s) (${units} unit(s)) held for order lines of no open order.`)
  }
  return { canceledOrders, failed, releasedReservations: leaked.map((reservation) => reservation.id) }
}
