import { model } from "@medusajs/framework/utils"

/** The one row of the centre's terms: the OK OCE fee kept from each sale, in basis points (250 = 2.5%). */
export const SettlementPolicy = model.define("settlement_policy", {
  id: model.id().primaryKey(),
  fee_basis_points: model.number().default(0),
  updated_by: model.text().nullable(),
})
