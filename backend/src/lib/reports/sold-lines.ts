import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** One producer's lines of one product in one order, summed; `day` is the order's day in Pacitan (WIB). */
export type SoldLine = {
  producer_id: string
  order_id: string
  product_id: string | null
  product_title: string
  day: string
  quantity: number
  amount: number
}

type Range = { start: Date; end: Date }

/**
 * What producers sold: their lines (the producer's part of each order, as the
 * panel's order list shows them) of orders that are paid and not canceled,
 * placed within the range. "Paid" is the panel's paymentStanding
 * (modules/producer/order-payment.ts): a live payment captured, or a live
 * payment that is neither cash on delivery nor a bank transfer (a card the
 * bank authorized). A line is worth unit price times quantity, as the panel's
 * order shows it. One grouped read over Medusa's order tables at each order's
 * current version: Query would load every order with all its lines.
 * `producerIds` null means every producer.
 */
export async function readSoldLines(container: MedusaContainer, producerIds: string[] | null, { start, end }: Range): Promise<SoldLine[]> {
  if (producerIds?.length === 0) return []
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const livePayment = () =>
    pg("order_payment_collection as link")
      .join("payment as pay", "pay.payment_collection_id", "link.payment_collection_id")
      .whereRaw("link.order_id = o.id")
      .whereNull("link.deleted_at")
      .whereNull("pay.deleted_at")
      .whereNull("pay.canceled_at")
      .select(pg.raw("1"))
  const query = pg("producer_order as part")
    .join("order as o", "o.id", "part.order_id")
    .join("order_item as item", (on) => on.on("item.order_id", "o.id").andOn("item.version", "o.version"))
    .join("order_line_item as line", "line.id", "item.item_id")
    .whereRaw("line.id = any(part.item_ids)")
    .whereNull("part.deleted_at")
    .whereNull("o.deleted_at")
    .whereNull("item.deleted_at")
    .whereNull("line.deleted_at")
    .where("o.is_draft_order", false)
    .whereNotIn("o.status", ["canceled", "draft"])
    .where("o.created_at", ">=", start)
    .where("o.created_at", "<", end)
    .where((paid) =>
      paid
        .whereExists(livePayment().whereNotNull("pay.captured_at"))
        .orWhere((authorized) =>
          authorized.whereExists(livePayment()).whereNotExists(livePayment().whereRaw("pay.data->>'method' in ('cash_on_delivery', 'bank_transfer')"))
        )
    )
  if (producerIds) query.whereIn("part.producer_id", producerIds)
  const day = "to_char(o.created_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD')"
  const rows: Array<Record<string, unknown>> = await query
    .groupBy("part.producer_id", "o.id", "line.product_id", pg.raw(day))
    .select(
      "part.producer_id",
      { order_id: "o.id" },
      "line.product_id",
      pg.raw("max(line.product_title) as product_title"),
      pg.raw(`${day} as day`),
      pg.raw("sum(item.quantity) as quantity"),
      pg.raw("sum(line.unit_price * item.quantity) as amount")
    )
  return rows.map((row) => ({
    producer_id: String(row.producer_id),
    order_id: String(row.order_id),
    product_id: row.product_id ? String(row.product_id) : null,
    product_title: String(row.product_title ?? ""),
    day: String(row.day),
    quantity: Number(row.quantity),
    amount: Number(row.amount),
  }))
}
