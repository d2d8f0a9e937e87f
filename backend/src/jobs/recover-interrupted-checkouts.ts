import type { MedusaContainer } from "@medusajs/framework/types"
import { recoverInterruptedCheckouts } from "../lib/order/recover-interrupted-checkouts"

/**
 * Every minute: what a server killed mid-checkout left behind (an order its
 * buyer never got, reservations for nobody) is put right, so stock held by a
 * crash is back on sale within about three minutes (two of them are the
 * completion lock's lifetime). Two cheap queries when there is nothing to do.
 */
export default async function recoverInterruptedCheckoutsJob(container: MedusaContainer) {
  await recoverInterruptedCheckouts(container, new Date())
}

export const config = {
  name: "recover-interrupted-checkouts",
  schedule: "* * * * *",
}
