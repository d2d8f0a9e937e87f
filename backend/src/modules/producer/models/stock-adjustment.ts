import { model } from "@medusajs/framework/utils"

/**
 * A producer's quick +/- change of a variant's stock and why (sold at the
 * market, spoiled, new batch). Medusa's inventory keeps only the quantity; this
 * is the trail the producer and coordinators read back.
 */
export const StockAdjustment = model
  .define("stock_adjustment", {
    id: model.id({ prefix: "stadj" }).primaryKey(),
    producer_id: model.text(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    variant_id: model.text(),
    delta: model.number(),
    quantity_after: model.number(),
    reason: model.text(),
  })
  .indexes([{ on: ["producer_id", "variant_id"] }])
