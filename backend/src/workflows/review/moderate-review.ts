import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../lib/events"
import { PRODUCT_REVIEW_MODULE } from "../../modules/product-review"
import type ProductReviewModuleService from "../../modules/product-review/service"

export type ModerateReviewInput = { review_id: string; status: "approved" | "rejected"; note: string | null; actor_id: string }

const DECISION_FIELDS = ["id", "product_id", "status", "moderation_note", "moderated_by", "moderated_at"] as const

/** Records the decision; undone, the review goes back to what it was. */
const recordReviewDecisionStep = createStep(
  "record-review-decision",
  async (input: ModerateReviewInput, { container }) => {
    const reviews: ProductReviewModuleService = container.resolve(PRODUCT_REVIEW_MODULE)
    const before = await reviews.retrieveProductReview(input.review_id, { select: [...DECISION_FIELDS] })
    const after = await reviews.updateProductReviews({
      id: input.review_id,
      status: input.status,
      moderation_note: input.note,
      moderated_by: input.actor_id,
      moderated_at: new Date(),
    })
    return new StepResponse(after, before)
  },
  async (before, { container }) => {
    if (!before) return
    const reviews: ProductReviewModuleService = container.resolve(PRODUCT_REVIEW_MODULE)
    await reviews.updateProductReviews(before)
  }
)

/**
 * A coordinator approves a review (buyers see it and its product's stars
 * count it) or rejects it with a note. The product's pages follow through the
 * catalogue's event, emitted once the decision is stored.
 *
 * @example
 * await moderateReviewWorkflow(container).run({ input: { review_id, status: "approved", note: null, actor_id: "user_1" } })
 */
export const moderateReviewWorkflow = createWorkflow("moderate-review", (input: ModerateReviewInput) => {
  const review = recordReviewDecisionStep(input)
  emitEventStep({ eventName: ReviewEvents.MODERATED, data: transform({ review }, ({ review }) => ({ id: review.product_id })) })
  return new WorkflowResponse(review)
})
