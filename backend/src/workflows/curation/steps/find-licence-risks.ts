import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { expiryHorizon, runsOutBy } from "../../../modules/producer/licence-expiry"
import { curationChecklist } from "../../../modules/curation/checklist"
import { CURATION_CONTEXT_FIELDS, toCurationContext } from "./load-curation-context"

const EXPIRY_CODES = new Set(["licence_expired", "halal_expired"])

const day = (value: string | Date) => new Date(value).toISOString().slice(0, 10)

export type LicenceRisks = {
  revoke: { product_ids: string[]; reasons: Record<string, string> }
  warn: Array<{ curation_id: string; product_id: string; warning: string | null }>
}

/**
 * Among approved products: those whose licence has expired on `today` (to be
 * revoked, with the reason), and the warning each should carry when a licence
 * it relies on runs out within the warning days (licence-expiry.ts; null
 * clears an old warning).
 */
export const findLicenceRisksStep = createStep("find-licence-risks", async ({ today }: { today: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: [...CURATION_CONTEXT_FIELDS, "product_curation.licence_warning"] })
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
    const soon: string[] = []
    if (producer && compliance?.licence === "pirt" && producer.pirt_expires_on && runsOutBy(producer.pirt_expires_on, horizon)) {
      soon.push(`Izin P-IRT berakhir ${day(producer.pirt_expires_on)}`)
    }
    if (producer && compliance?.halal && producer.halal_expires_on && runsOutBy(producer.halal_expires_on, horizon)) {
      soon.push(`Sertifikat halal berakhir ${day(producer.halal_expires_on)}`)
    }
    const warning = soon.length ? soon.join("; ") : null
    if (warning !== (row.product_curation.licence_warning ?? null)) {
      risks.warn.push({ curation_id: row.product_curation.id, product_id: row.id, warning })
    }
  }
  return new StepResponse(risks)
})
