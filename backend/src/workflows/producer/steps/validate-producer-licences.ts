import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { expiredLicences, type LicenceDates } from "../../../modules/producer/licence-expiry"

export const validateProducerLicencesStepId = "validate-producer-licences"

/** Refuses licences that have already expired, naming the field; nothing is written before this step. */
export const validateProducerLicencesStep = createStep(validateProducerLicencesStepId, async (producers: LicenceDates[]) => {
  const problems = producers.flatMap((producer) => expiredLicences(producer, new Date()))
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.map((problem) => `${problem.field}: ${problem.message}`).join("; "))
  }
})
