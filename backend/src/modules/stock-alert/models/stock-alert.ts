import { model } from "@medusajs/framework/utils"

/**
 * A buyer's request to hear, once, when a sold-out product can be bought
 * again. The email is kept only until then: the alert is deleted when its
 * message is sent (or when the buyer's data is erased).
 */
export const StockAlert = model
  .define("stock_alert", {
    id: model.id({ prefix: "salert" }).primaryKey(),
    product_id: model.text(),
    /** In lower case, so one address waits once per product. */
    email: model.text(),
    /** The language of the page they asked from: the message comes in it. */
    locale: model.enum(["id", "en"]).default("id"),
  })
  .indexes([{ on: ["product_id", "email"], unique: true }, { on: ["email"] }])
