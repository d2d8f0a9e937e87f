import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { licenceWarning, productLicencesRunningOut, type LicenceRunningOut } from "../../../lib/curation/licence-expiry"
import { expiryHorizon } from "../../../modules/producer/licence-expiry"
import { curationChecklist } from "../../../modules/curation/checklist"
import { CURATION_CONTEXT_FIELDS, toCurationContext } from "./load-curation-context"

const EXPIRY_CODES = new Set(["licence_expired", "halal_expired"])

export type LicenceRisks = {
  revoke: { product_ids: string[]; reasons: Record<string, string> }
  /** The producer's licences behind the warning ride along, for the producer's notice (licence-expiry-notice.ts). */
  warn: Array<{ curation_id: string; product_id: string; producer_id: string | null; warning: string | null; expiring: LicenceRunningOut[] }>
}

/**
 * Among approved products: those whose licence has expired on `today` (to be
 * revoked, with the reason), and the warning each should carry when a licence
 * it relies on runs out within the warning days (licence-expiry.ts; null
 * clears an old warning).
 */
export const findLicenceRisksStep = createStep("find-licence-risks", async ({ today }: { today: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: [...CURATION_CONTEXT_FIELDS, "producer.id", "product_curation.licence_warning"] })
  const now = new Date(today)
  const horizon = expiryHorizon(today)
  const risks: LicenceRisks = { revoke: { product_ids: [], reasons: {} }, warn: [] }

  for (const row of data) {
    if (row.product_curation?.state !== "approved") continue
    const context = toCurationContext(row)
    const expired = curationChecklist({ ...context.checklistInput, today: now }).filter((failure) => EXPIRY_CODES.has(failure.code))
    if (expired.length) {
      risks.revoke.product_ids.push(row.id)
      risks.revoke.reasons[row.id] =
        `Dicabut otomatis: ${expired.map((failure) => failure.id).join("; ")} / revoked automatically: ${expired.map((failure) => failure.en).join("; ")}`
      continue
    }
    const { producer, compliance } = context.checklistInput
    const expiring = productLicencesRunningOut(producer, compliance, horizon)
    const warning = licenceWarning(expiring)
    if (warning !== (row.product_curation.licence_warning ?? null)) {
      risks.warn.push({ curation_id: row.product_curation.id, product_id: row.id, producer_id: row.producer?.id ?? null, warning, expiring })
    }
  }
  return new StepResponse(risks)
})
