import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, updateProductVariantsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { transitionCurationWorkflow } from "../curation/transition-curation"
import { regulatedChanges, regulatedSnapshot } from "../../lib/curation/regulated-changes"
import { updateProductComplianceStep } from "./steps/update-product-compliance"
import { validateProducerProductEditStep } from "./steps/validate-producer-product-edit"

export type UpdateProducerProductInput = {
  product_id: string
  producer_id: string
  product: { title?: string; subtitle?: string | null; description?: string; thumbnail?: string | null; weight?: number | null; category_ids?: string[] }
  /** Each must be a variant of this product (checked first). */
  variants: Array<{ id: string; title?: string; price?: number; weight?: number }>
  compliance?: Record<string, unknown>
}

/** The names the edit gives, by variant id. */
const variantTitles = (variants: UpdateProducerProductInput["variants"]) =>
  Object.fromEntries(variants.flatMap((variant) => (variant.title === undefined ? [] : [[variant.id, variant.title]])))

export const updateProducerProductWorkflowId = "update-producer-product"

/**
 * A producer's edit of their own product. When the edit changes a field a
 * coordinator checked (title, description, category, variant names, food compliance) on an
 * approved product, the product goes back to review ("reopen": approved ->
 * submitted) and leaves the store until a coordinator approves it again.
 *
 * @example
 * await updateProducerProductWorkflow(container).run({
 *   input: { product_id: "prod_123", producer_id: "prdc_123", product: { title: "Keripik Pedas" }, variants: [] },
 * })
 */
export const updateProducerProductWorkflow = createWorkflow(updateProducerProductWorkflowId, (input: UpdateProducerProductInput) => {
  validateProducerProductEditStep(
    transform({ input }, ({ input }) => ({
      product_id: input.product_id,
      category_ids: input.product.category_ids,
      variants: input.variants,
      compliance: input.compliance,
    }))
  )
  const { data: rows } = useQueryGraphStep({
    entity: "product",
    fields: ["title", "description", "categories.id", "variants.id", "variants.title", "product_curation.state", "product_compliance.*"],
    filters: { id: input.product_id },
  }).config({ name: "product-before-edit" })

  const review = transform({ rows, input }, ({ rows, input }) => {
    const row = rows[0]
    const changed = regulatedChanges(regulatedSnapshot(row), { ...input.product, compliance: input.compliance, variant_titles: variantTitles(input.variants) })
    return {
      complianceId: row.product_compliance?.id ?? null,
      reopen: row.product_curation?.state === "approved" && changed.length > 0,
      reason: `Produsen mengubah ${changed.join(", ")} / the producer changed ${changed.join(", ")}`,
    }
  })

  when("edit-product-fields", { input }, ({ input }) => Object.keys(input.product).length > 0).then(() => {
    updateProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ selector: { id: input.product_id }, update: input.product })) })
  })
  when("edit-variants", { input }, ({ input }) => input.variants.length > 0).then(() => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        product_variants: input.variants.map((variant) => ({
          id: variant.id,
          ...(variant.title === undefined ? {} : { title: variant.title }),
          ...(variant.weight === undefined ? {} : { weight: variant.weight }),
          ...(variant.price === undefined ? {} : { prices: [{ amount: variant.price, currency_code: "idr" }] }),
        })),
      })),
    })
  })
  when("edit-compliance", { input, review }, ({ input, review }) => Boolean(input.compliance && review.complianceId)).then(() => {
    updateProductComplianceStep(transform({ input, review }, ({ input, review }) => ({ id: review.complianceId!, update: input.compliance! })))
  })
  when("reopen-curation", { review }, ({ review }) => review.reopen).then(() => {
    transitionCurationWorkflow.runAsStep({
      input: transform({ input, review }, ({ input, review }) => ({
        product_ids: [input.product_id],
        action: "reopen" as const,
        reason: review.reason,
        actor: { type: "producer" as const, id: input.producer_id },
      })),
    })
  })
  return new WorkflowResponse(transform({ input, review }, ({ input, review }) => ({ id: input.product_id, reopened: review.reopen })))
})
