import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_REVIEW_MODULE } from "../../modules/product-review"
import type ProductReviewModuleService from "../../modules/product-review/service"

export type WriteReviewInput = {
  customer_id: string
  order_id: string
  product_id: string
  reviewer_name: string
  rating: number
  body: string | null
}

const createProductReviewStep = createStep(
  "create-product-review",
  async (input: WriteReviewInput, { container }) => {
    const reviews: ProductReviewModuleService = container.resolve(PRODUCT_REVIEW_MODULE)
    const review = await reviews.createProductReviews({ ...input, status: "pending" })
    return new StepResponse(review, review.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).deleteProductReviews(id)
  }
)

/**
 * Keeps a buyer's review, waiting for a coordinator. Who may write it (a
 * delivered product of their own order, once) is checked before, under the
 * review's lock: see lib/review/write-review.ts.
 */
export const writeReviewWorkflow = createWorkflow("write-review", (input: WriteReviewInput) => new WorkflowResponse(createProductReviewStep(input)))
