import { model } from "@medusajs/framework/utils"

/**
 * A product's next expected harvest, linked one-to-one to the product. Buyers
 * see it as "Panen 12 Desember 2026"; pre-orders will be capped at the forecast.
 */
export const ProductHarvest = model
  .define("product_harvest", {
    id: model.id({ prefix: "hrv" }).primaryKey(),
    /** The harvest day (midnight UTC of the date in Pacitan, WIB). */
    expected_on: model.dateTime(),
    forecast_quantity: model.number(),
    unit: model.text().default("kg"),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["expected_on"] }])
