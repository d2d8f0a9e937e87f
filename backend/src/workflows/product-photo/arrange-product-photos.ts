import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { planArrangedPhotosStep } from "./steps/plan-product-photos"

export type ArrangeProductPhotosInput = { product_id: string; image_ids: string[] }

export const arrangeProductPhotosWorkflowId = "arrange-product-photos"

/**
 * Puts a product's photos in the producer's order (the first is the main
 * picture and the thumbnail); photos left out of the list are removed from
 * the product. Their files stay in storage: a page cached a moment ago may
 * still name them.
 *
 * @example
 * await arrangeProductPhotosWorkflow(container).run({ input: { product_id: "prod_123", image_ids: ["img_2", "img_1"] } })
 */
export const arrangeProductPhotosWorkflow = createWorkflow(arrangeProductPhotosWorkflowId, (input: ArrangeProductPhotosInput) => {
  const key = transform({ input }, ({ input }) => `product-photos:${input.product_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const plan = planArrangedPhotosStep(input)
  updateProductsWorkflow.runAsStep({
    input: transform({ input, plan }, ({ input, plan }) => ({ products: [{ id: input.product_id, images: plan.images, thumbnail: plan.thumbnail }] })),
  })
  releaseLockStep({ key })
  return new WorkflowResponse(plan)
})
