import { model } from "@medusajs/framework/utils"

/**
 * Where the centre pays a producer: a bank account the producer gives and a
 * coordinator confirms (by checking the holder's name against the producer)
 * before any payout goes to it. A change by the producer needs confirming again.
 */
export const PayoutAccount = model
  .define("payout_account", {
    id: model.id({ prefix: "poac" }).primaryKey(),
    producer_id: model.text(),
    bank: model.text(),
    number: model.text(),
    holder: model.text(),
    confirmed_at: model.dateTime().nullable(),
    confirmed_by: model.text().nullable(),
  })
  .indexes([{ on: ["producer_id"], unique: true }])
