import type { MedusaContainer } from "@medusajs/framework/types"
import { readBackendEnv } from "../lib/env"
import { cancelUnpaidTransfers } from "../lib/order/cancel-unpaid-transfers"

/** Every hour: orders whose bank transfer did not arrive in time are canceled, so their stock goes back on sale. */
export default async function cancelUnpaidTransfersJob(container: MedusaContainer) {
  await cancelUnpaidTransfers(container, new Date(), readBackendEnv(process.env).BANK_TRANSFER_HOURS_TO_PAY)
}

export const config = {
  name: "cancel-unpaid-transfers",
  schedule: "17 * * * *",
}
