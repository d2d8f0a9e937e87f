import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { curationChecklist } from "../../../modules/curation/checklist"
import { CURATION_CONTEXT_FIELDS, toCurationContext } from "../../curation/steps/load-curation-context"

export const findFailingApprovedProductsStepId = "find-failing-approved-products"

/**
 * A producer's approved products that no longer pass the approval checklist
 * (e.g. the P-IRT they rely on was removed), each with the checks it fails.
 * Reads only; the workflow decides what to do with them.
 */
export const findFailingApprovedProductsStep = createStep(
  findFailingApprovedProductsStepId,
  async ({ producer_id, today }: { producer_id: string; today: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: producers } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: producer_id } })
    const ids = (producers[0]?.products ?? []).flatMap((product) => (product ? [product.id] : []))
    const failing = { product_ids: [] as string[], reasons: {} as Record<string, string> }
    if (!ids.length) {
      return new StepResponse(failing)
    }
    const { data } = await query.graph({ entity: "product", fields: CURATION_CONTEXT_FIELDS, filters: { id: ids } })
    for (const row of data) {
      if (row.product_curation?.state !== "approved") continue
      const failures = curationChecklist({ ...toCurationContext(row).checklistInput, today: new Date(today) })
      if (failures.length) {
        failing.product_ids.push(row.id)
        failing.reasons[row.id] =
          `Izin produsen berubah: ${failures.map((failure) => failure.id).join("; ")} / the producer's licences changed: ${failures.map((failure) => failure.en).join("; ")}`
      }
    }
    return new StepResponse(failing)
  }
)
