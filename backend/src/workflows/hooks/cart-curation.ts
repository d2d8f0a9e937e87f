import { addToCartWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertBuyable } from "../curation/buyable-products"

// Only approved products of active producers can be added to a cart or checked out.
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertBuyable(container, { variantIds: (input.items ?? []).flatMap((item) => (item.variant_id ? [item.variant_id] : [])) })
})

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const items = (cart as { items?: Array<{ product_id?: string | null } | null> }).items ?? []
  await assertBuyable(container, { productIds: items.flatMap((item) => (item?.product_id ? [item.product_id] : [])) })
})
