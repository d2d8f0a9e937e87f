import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { validateNewProducerProductStep } from "./steps/validate-new-producer-product"

export type CreateProducerProductInput = {
  producer_id: string
  product: CreateProductWorkflowInputDTO & { handle: string }
  compliance?: Record<string, unknown>
}

export const createProducerProductWorkflowId = "create-producer-product"

/**
 * A producer's new product: its categories and handle checked first, then
 * Medusa's own product workflow creates it, and that workflow's hook makes it
 * a curation draft linked to the producer with its food compliance; buyers
 * see nothing until a coordinator approves it.
 *
 * @example
 * const { result } = await createProducerProductWorkflow(container).run({
 *   input: { producer_id: "prdc_1", product: { title: "Keripik Tempe", handle: "keripik-tempe-1a2b3c", ... }, compliance },
 * })
 */
export const createProducerProductWorkflow = createWorkflow(createProducerProductWorkflowId, (input: CreateProducerProductInput) => {
  validateNewProducerProductStep(transform({ input }, ({ input }) => [{ handle: input.product.handle, category_ids: input.product.category_ids }]))
  const products = createProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      products: [input.product],
      additional_data: { producer_id: input.producer_id, compliance: input.compliance },
    })),
  })
  return new WorkflowResponse(transform({ products }, ({ products }) => products[0]))
})
