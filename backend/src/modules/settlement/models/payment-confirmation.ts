import { model } from "@medusajs/framework/utils"

export const CONFIRMED_METHODS = ["bank_transfer", "cash_on_delivery"] as const
export type ConfirmedMethod = (typeof CONFIRMED_METHODS)[number]

/**
 * Money for an order that reached the centre outside any gateway, as a
 * coordinator recorded it: a transfer seen on the bank statement, or cash a
 * courier or the pickup point handed over. Several may answer one order (a
 * buyer who paid short and then the rest); never changed, so the list is the
 * history of who confirmed how much and when.
 */
export const PaymentConfirmation = model
  .define("payment_confirmation", {
    id: model.id({ prefix: "pycf" }).primaryKey(),
    order_id: model.text(),
    order_display_id: model.number(),
    payment_id: model.text(),
    method: model.enum([...CONFIRMED_METHODS]),
    /** Whole rupiah received this time. */
    amount: model.number(),
    /** The day the money arrived (the bank statement's date, or the hand-over), YYYY-MM-DD. */
    received_on: model.text(),
    /** Cash: the courier or pickup point that collected it; the day's cash list is grouped by it. */
    collected_by: model.text().nullable(),
    note: model.text().nullable(),
    confirmed_by: model.text(),
    /** Sent with the form: the same confirmation sent twice (a double tap, a retry) is recorded once. */
    request_key: model.text(),
  })
  .indexes([{ on: ["request_key"], unique: true }, { on: ["order_id"] }, { on: ["method", "received_on"] }])
