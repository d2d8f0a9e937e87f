import { model } from "@medusajs/framework/utils"
import { CURATION_STATES } from "../states"
import { ProductCuration } from "./product-curation"

/** One transition in a product's curation history: who, when, why, from which state. */
export const CurationEvent = model.define("curation_event", {
  id: model.id({ prefix: "cev" }).primaryKey(),
  action: model.text(),
  from_state: model.enum([...CURATION_STATES]),
  to_state: model.enum([...CURATION_STATES]),
  actor_type: model.enum(["user", "producer", "system"]),
  actor_id: model.text().nullable(),
  reason: model.text().nullable(),
  curation: model.belongsTo(() => ProductCuration, { mappedBy: "events" }),
})
