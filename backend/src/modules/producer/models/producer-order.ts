import { model } from "@medusajs/framework/utils"
import { PRODUCER_ORDER_STATUSES } from "../order-progress"

/**
 * One producer's part of a buyer's order: the lines of their products, and how
 * far they have got with them. The buyer's order stays one Medusa order; each
 * producer fulfils only the lines listed here, from their own stock location.
 */
export const ProducerOrder = model
  .define("producer_order", {
    id: model.id({ prefix: "prord" }).primaryKey(),
    order_id: model.text(),
    producer_id: model.text(),
    /** The order's line items of this producer's products, fixed when the order was placed. */
    item_ids: model.array(),
    status: model.enum([...PRODUCER_ORDER_STATUSES]).default("new"),
    tracking_note: model.text().nullable(),
    /** Medusa's fulfillment of these lines, created when the producer marks them packed. */
    fulfillment_id: model.text().nullable(),
    accepted_at: model.dateTime().nullable(),
    packed_at: model.dateTime().nullable(),
    handed_over_at: model.dateTime().nullable(),
    shipped_at: model.dateTime().nullable(),
    /** A part the producer could not fill: why (a code of DECLINE_REASONS), in their words, and when. */
    decline_reason: model.text().nullable(),
    decline_note: model.text().nullable(),
    declined_at: model.dateTime().nullable(),
    /** The refund of these lines when the order was paid: the settlement debits it to this producer alone. */
    decline_refund_id: model.text().nullable(),
  })
  .indexes([{ on: ["order_id", "producer_id"], unique: true }, { on: ["producer_id", "status"] }])
