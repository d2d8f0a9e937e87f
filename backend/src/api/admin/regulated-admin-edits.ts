import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { transitionCurationWorkflow } from "../../workflows/curation/transition-curation"
import { regulatedChanges, regulatedSnapshot, type RegulatedEdit } from "../../lib/curation/regulated-changes"

type ProductBody = { title?: string; description?: string | null; categories?: Array<{ id: string }> }

/**
 * An approved product whose title, description or categories are changed on
 * Medusa's own product page goes back to review, as when its producer changes
 * them: the coordinator approved those words, and they are what buyers read.
 * The change is compared before Medusa writes it; once Medusa has answered
 * 2xx, the product is reopened with a history row naming the admin and fields.
 */
export async function reopenOnRegulatedAdminEdit(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = ((req as AuthenticatedMedusaRequest & { validatedBody?: ProductBody }).validatedBody ?? req.body ?? {}) as ProductBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["title", "description", "categories.id", "product_curation.state"],
    filters: { id: req.params.id },
  })
  const row = data[0]
  if (row?.product_curation?.state !== "approved") return next()
  const edit: RegulatedEdit = {
    ...(body.title === undefined ? {} : { title: body.title }),
    ...(body.description === undefined ? {} : { description: body.description ?? "" }),
    ...(body.categories === undefined ? {} : { category_ids: body.categories.map((category) => category.id) }),
  }
  // Medusa's product page has no food-compliance fields: those stay the producer's and the curator's.
  const changed = regulatedChanges(regulatedSnapshot(row), edit)
  if (!changed.length) return next()
  const productId = req.params.id
  const adminId = req.auth_context?.actor_id ?? null
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  res.once("finish", () => {
    if (res.statusCode >= 300) return
    transitionCurationWorkflow(req.scope)
      .run({
        input: {
          product_ids: [productId],
          action: "reopen",
          reason: `Diubah di admin Medusa: ${changed.join(", ")} / changed in Medusa's admin: ${changed.join(", ")}`,
          actor: { type: "user", id: adminId },
        },
      })
      .catch((error: unknown) => logger.error(`[curation] could not send ${productId} back to review after an admin edit: ${String(error)}`))
  })
  next()
}
