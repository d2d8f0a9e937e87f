import type { MedusaContainer } from "@medusajs/framework/types"
import { licenceToday } from "../modules/producer/licence-expiry"
import { reviewLicenceExpiryWorkflow } from "../workflows/curation/review-licence-expiry"

/** Every day at 01:00 (server time): warn of licences running out, revoke products whose licence expired. */
export default async function reviewLicenceExpiryJob(container: MedusaContainer) {
  await reviewLicenceExpiryWorkflow(container).run({ input: { today: licenceToday() } })
}

export const config = {
  name: "review-licence-expiry",
  schedule: "0 1 * * *",
}
