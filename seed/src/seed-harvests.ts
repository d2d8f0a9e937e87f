import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addDays, pacitanDay } from "@pasar-desa/backend/src/modules/harvest/rules"
import { upsertProductHarvestWorkflow } from "@pasar-desa/backend/src/workflows/harvest/upsert-product-harvest"
import type { HarvestSeed } from "./harvest-schemas"

/**
 * Expected harvests of the demo's fresh produce, dated from today, through the
 * same workflow producers will use. Products that already have a harvest keep
 * it, so a second run changes nothing.
 */
export async function seedHarvests(container: MedusaContainer, harvests: HarvestSeed[], today = pacitanDay()) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "product_harvest.id"],
    filters: { handle: harvests.map((harvest) => harvest.product) },
  })
  const byHandle = new Map((data as Array<{ id: string; handle: string; product_harvest?: { id: string } | null }>).map((row) => [row.handle, row]))
  let created = 0
  for (const harvest of harvests) {
    const product = byHandle.get(harvest.product)
    if (!product || product.product_harvest) continue
    await upsertProductHarvestWorkflow(container).run({
      input: {
        product_id: product.id,
        expected_on: addDays(today, harvest.in_days),
        forecast_quantity: harvest.forecast_quantity,
        unit: harvest.unit,
        note: harvest.note,
        today,
      },
    })
    created++
  }
  return { created }
}
