import type { MedusaContainer } from "@medusajs/framework/types"
import { reconcileMidtransOrders } from "../lib/order/reconcile-midtrans"

/** Every 15 minutes: orders paid through Midtrans whose notification never arrived are captured, lapsed ones cancelled. */
export default async function reconcileMidtransPaymentsJob(container: MedusaContainer) {
  await reconcileMidtransOrders(container, new Date())
}

export const config = {
  name: "reconcile-midtrans-payments",
  schedule: "*/15 * * * *",
}
