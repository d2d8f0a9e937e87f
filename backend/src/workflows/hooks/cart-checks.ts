import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertBuyable } from "../../lib/curation/buyable-products"
import { assertDeliveryFits } from "../../lib/checkout/delivery-choices"
import { assertCheckoutFits } from "../../lib/checkout/payment-fit"
import { assertStockOrPreorder } from "../../lib/harvest/preorder-capacity"
import { markPreorderedLines } from "../../lib/harvest/preorder-lines"
import { lockCartStock, releaseCartStock, releaseCompletedCartStock } from "../../lib/checkout/cart-stock-lock"

// A workflow hook takes one handler, so every check of a cart step lives here.

type CartLine = { id: string; variant_id: string | null; quantity: number }

/** The cart's lines and whether it was completed already, in one read. */
async function readCart(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["completed_at", "items.id", "items.variant_id", "items.quantity"], filters: { id: cartId } })
  const lines = (data[0]?.items ?? []).flatMap((line) => (line ? [{ ...line, quantity: Number(line.quantity) }] : []))
  return { completed: Boolean(data[0]?.completed_at), lines }
}

/** What lines hold per variant: the quantity the stock or the forecast must cover. */
function wantedQuantities(lines: CartLine[]) {
  const wanted = new Map<string, number>()
  for (const line of lines) {
    if (line.variant_id) wanted.set(line.variant_id, (wanted.get(line.variant_id) ?? 0) + line.quantity)
  }
  return wanted
}

// Only approved products of active producers can be added to a cart or checked out, and only
// as many as the shelf holds, or, for a harvest on its way, as the forecast still allows.
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const added = (input.items ?? []).flatMap((item) => (item.variant_id ? [{ id: "", variant_id: item.variant_id, quantity: Number(item.quantity) }] : []))
  await assertBuyable(container, { variantIds: added.map((item) => item.variant_id) })
  const { lines } = await readCart(container, input.cart_id)
  await assertStockOrPreorder(container, wantedQuantities([...lines, ...added]))
})

// A cart created with its lines skips addToCartWorkflow: the same rule holds for those lines.
createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const items = ((cart as { items?: Array<{ variant_id?: string | null } | null> }).items ?? []).flatMap((item) => (item?.variant_id ? [item.variant_id] : []))
  await assertBuyable(container, { variantIds: items })
})

// More of a product that was revoked since it was added is refused too; taking it out (quantity 0) is not an update.
updateLineItemInCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const quantity = Number(input.update?.quantity)
  if (!Number.isFinite(quantity)) return
  const { lines } = await readCart(container, input.cart_id)
  const variantId = lines.find((line) => line.id === input.item_id)?.variant_id
  if (variantId) await assertBuyable(container, { variantIds: [variantId] })
  await assertStockOrPreorder(container, wantedQuantities(lines.map((line) => (line.id === input.item_id ? { ...line, quantity } : line))))
})

// A shipping option must be able to carry the cart where it goes: no perishable food on an expedition.
addShippingMethodToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertDeliveryFits(
    container,
    input.cart_id,
    (input.options ?? []).map((option) => option.id)
  )
})

// Stock and pre-orders are checked under a lock per product of the cart, held until the order's
// reservations exist (orderCreated) or the completion fails (the compensation): see stock-lock.ts.
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const cartId = (cart as { id: string }).id
    // Completing a completed cart again returns its order: its own reservations must not count against it.
    const { completed, lines } = await readCart(container, cartId)
    if (completed) return new StepResponse(undefined, { cartId, keys: [] as string[] })
    await assertCheckoutFits(container, cartId)
    const items = (cart as { items?: Array<{ product_id?: string | null } | null> }).items ?? []
    const productIds = items.flatMap((item) => (item?.product_id ? [item.product_id] : []))
    await assertBuyable(container, { productIds })
    const keys = await lockCartStock(container, cartId, productIds)
    try {
      await assertStockOrPreorder(container, wantedQuantities(lines))
    } catch (error) {
      await releaseCartStock(container, cartId, keys)
      throw error
    }
    return new StepResponse(undefined, { cartId, keys })
  },
  async (held, { container }) => {
    if (held) await releaseCartStock(container, held.cartId, held.keys)
  }
)

// The workflow declares orderCreated (and beforePaymentAuthorization) at runtime; its type lists only validate.
type OrderCreatedHook = (handler: (input: { order_id: string; cart_id: string }, context: { container: MedusaContainer }) => Promise<void>) => void
const { orderCreated } = completeCartWorkflow.hooks as typeof completeCartWorkflow.hooks & { orderCreated: OrderCreatedHook }

orderCreated(async ({ order_id, cart_id }, { container }) => {
  try {
    await markPreorderedLines(container, order_id)
  } finally {
    await releaseCompletedCartStock(container, cart_id)
  }
})
