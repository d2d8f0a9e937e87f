import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Medusa's cart completion holds the cart's lock for two minutes: a completion
 * older than that either finished or its process died. Younger ones may still
 * be running on this or another server and are never touched.
 */
export const COMPLETION_LOCK_MS = 2 * 60_000

/**
 * Orders that a cart completion created but never linked to its cart: the
 * process died between Medusa's "create order" step and the steps after it,
 * so the buyer never got the order, the cart is still open, and a retry makes
 * a new order. Every other way an order comes to exist here goes through a cart.
 */
export async function findOrdersWithoutCart(pg: Knex, createdBefore: Date) {
  const rows: Array<{ id: string; display_id: number }> = await pg("order as o")
    .select("o.id", "o.display_id")
    .whereNull("o.deleted_at")
    .whereNotIn("o.status", ["canceled", "draft"])
    .where("o.is_draft_order", false)
    .where("o.created_at", "<", createdBefore)
    .whereNotExists(pg("order_cart as oc").select(pg.raw("1")).whereRaw("oc.order_id = o.id").whereNull("oc.deleted_at"))
    .orderBy("o.created_at")
  return rows
}

/**
 * Reservations held for an order line that no open order has: the line's
 * order was never finished or was canceled without its reservations being
 * released. They keep stock off sale for nobody.
 */
export async function findReservationsWithoutOpenOrder(pg: Knex, createdBefore: Date) {
  const openLine = pg("order_item as oi")
    .select(pg.raw("1"))
    .join("order as o", "o.id", "oi.order_id")
    .whereRaw("oi.item_id = r.line_item_id")
    .whereNull("oi.deleted_at")
    .whereNull("o.deleted_at")
    .whereNot("o.status", "canceled")
  const rows: Array<{ id: string; line_item_id: string; quantity: string }> = await pg("reservation_item as r")
    .select("r.id", "r.line_item_id", "r.quantity")
    .whereNull("r.deleted_at")
    .whereNotNull("r.line_item_id")
    .where("r.created_at", "<", createdBefore)
    .whereNotExists(openLine)
  return rows
}
