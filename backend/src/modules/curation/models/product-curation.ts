import { model } from "@medusajs/framework/utils"
import { CURATION_STATES } from "../states"
import { CurationEvent } from "./curation-event"

/** Where a product stands in OK OCE curation; linked one-to-one to a product. */
export const ProductCuration = model
  .define("product_curation", {
    id: model.id({ prefix: "pcur" }).primaryKey(),
    state: model.enum([...CURATION_STATES]).default("draft"),
    /** Set by the daily licence check when a licence runs out within 30 days. */
    licence_warning: model.text().nullable(),
    events: model.hasMany(() => CurationEvent, { mappedBy: "curation" }),
  })
  .indexes([{ on: ["state"] }])
