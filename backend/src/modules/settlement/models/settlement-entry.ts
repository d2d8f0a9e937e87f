import { model } from "@medusajs/framework/utils"

export const SETTLEMENT_KINDS = ["sale", "fee", "refund", "payout", "adjustment"] as const
export type SettlementKind = (typeof SETTLEMENT_KINDS)[number]

/**
 * One line of what the OK OCE centre owes a producer, in whole rupiah: a sale
 * credits (positive), a fee, a refund or a payout debits (negative). The
 * balance is always the sum of the producer's entries; an entry is never
 * changed, only answered by another.
 */
export const SettlementEntry = model
  .define("settlement_entry", {
    id: model.id({ prefix: "stle" }).primaryKey(),
    producer_id: model.text(),
    kind: model.enum([...SETTLEMENT_KINDS]),
    amount: model.number(),
    order_id: model.text().nullable(),
    order_display_id: model.number().nullable(),
    note: model.text().nullable(),
    /** What wrote the entry (a capture, a payout request): the same source never writes twice. */
    source_key: model.text(),
    /** The coordinator who recorded it, for payouts and adjustments. */
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["source_key"], unique: true }, { on: ["producer_id", "created_at"] }])
