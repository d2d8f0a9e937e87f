import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isUpcoming } from "../../../modules/harvest/rules"
import { PRODUCT_SEARCH_INDEX } from "../../../lib/search/product-document"

export const findPassedPreOrdersStepId = "find-passed-pre-orders"

const PAGE = 500

/**
 * The products whose search document says pre-order although their harvest is
 * no longer upcoming on `today`. Reading the index rather than "harvests of
 * yesterday" also catches days the job missed, and leaves every other document alone.
 */
export const findPassedPreOrdersStep = createStep(findPassedPreOrdersStepId, async (input: { today: string }, { container }) => {
  const searchModule = container.resolve(Modules.SEARCH)
  const flagged: string[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { hits } = await searchModule.search({
      entity: PRODUCT_SEARCH_INDEX,
      filters: { pre_order: true },
      pagination: { skip, take: PAGE },
      search_options: { count: "none" },
    })
    flagged.push(...hits.map((hit) => hit.id))
    if (hits.length < PAGE) break
  }
  if (!flagged.length) {
    return new StepResponse({ product_ids: [] as string[] })
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "product_harvest.expected_on"], filters: { id: flagged } })
  const passed = data.filter((row) => !isUpcoming(row.product_harvest?.expected_on, input.today)).map((row) => row.id)
  return new StepResponse({ product_ids: passed.sort() })
})
