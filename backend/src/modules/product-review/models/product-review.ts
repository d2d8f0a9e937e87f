import { model } from "@medusajs/framework/utils"

export const REVIEW_STATUSES = ["pending", "approved", "rejected"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/**
 * A buyer's stars and words about a product they received: one per product of
 * an order, written only after a coordinator marked that producer's parcel
 * delivered or picked up. Buyers see it once a coordinator approves it; a
 * rejected one keeps the coordinator's note for the record.
 */
export const ProductReview = model
  .define("product_review", {
    id: model.id({ prefix: "prev" }).primaryKey(),
    product_id: model.text(),
    order_id: model.text(),
    customer_id: model.text(),
    /** As buyers see the writer: first name and the initial of the last ("Siti R."), never the email. */
    reviewer_name: model.text(),
    /** 1 to 5 stars. */
    rating: model.number(),
    body: model.text().nullable(),
    status: model.enum([...REVIEW_STATUSES]).default("pending"),
    moderated_by: model.text().nullable(),
    moderated_at: model.dateTime().nullable(),
    moderation_note: model.text().nullable(),
  })
  .indexes([{ on: ["order_id", "product_id"], unique: true }, { on: ["product_id", "status"] }, { on: ["customer_id"] }, { on: ["status", "created_at"] }])
