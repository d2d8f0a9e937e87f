import { model } from "@medusajs/framework/utils"
import { LICENCE_KINDS, PRODUCT_TYPES } from "../formats"

/** What Indonesian food rules ask of a product and Medusa's product lacks; linked one-to-one to a product. */
export const ProductCompliance = model.define("product_compliance", {
  id: model.id({ prefix: "pcmp" }).primaryKey(),
  product_type: model.enum([...PRODUCT_TYPES]),
  net_quantity: model.text().nullable(),
  ingredients: model.text().nullable(),
  shelf_life_days: model.number().nullable(),
  storage: model.text().nullable(),
  licence: model.enum([...LICENCE_KINDS]).default("none"),
  halal: model.boolean().default(false),
})
