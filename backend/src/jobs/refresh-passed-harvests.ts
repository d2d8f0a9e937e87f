import type { MedusaContainer } from "@medusajs/framework/types"
import { pacitanDay } from "../modules/harvest/rules"
import { refreshPassedHarvestsWorkflow } from "../workflows/harvest/refresh-passed-harvests"

/**
 * Every day at 00:05 in Pacitan (17:05 UTC; cron runs in server time and the
 * server runs in UTC): products whose harvest was yesterday stop being pre-orders in search.
 */
export default async function refreshPassedHarvestsJob(container: MedusaContainer) {
  await refreshPassedHarvestsWorkflow(container).run({ input: { today: pacitanDay() } })
}

export const config = {
  name: "refresh-passed-harvests",
  schedule: "5 17 * * *",
}
