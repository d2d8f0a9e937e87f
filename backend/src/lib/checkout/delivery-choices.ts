import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"
import { deliveryFit, parcelGrams, readDeliveryRate, type DeliveryRate } from "../../modules/delivery/tariff"

/** Fresh produce and ready-to-eat food spoil on a long trip: only pickup or the local courier carry them. */
const PERISHABLE_TYPES = new Set(["fresh_produce", "ready_to_eat"])

type OptionRow = { id: string; name: string; data: Record<string, unknown> | null; type?: { description?: string | null; code?: string | null } | null }

export type DeliveryChoice = {
  id: string
  name: string
  description: string | null
  kind: DeliveryRate["kind"] | null
  amount: number | null
  available: boolean
  /** Why the option cannot carry this cart, in Bahasa Indonesia; null when it can. */
  reason: string | null
}

/** What decides delivery: the address, the parcel's weight and the perishable products in it. */
export async function readCartForDelivery(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "shipping_address.*", "items.quantity", "items.product_id", "items.variant.weight"],
    filters: { id: cartId },
  })
  const cart = data[0]
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Keranjang ${cartId} tidak ditemukan.`)
  const items = cart.items.flatMap((item) => (item ? [item] : []))
  const productIds = [...new Set(items.flatMap((item) => (item.product_id ? [item.product_id] : [])))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "product_compliance.product_type"], filters: { id: productIds } })
    : { data: [] }
  const perishables = products.filter((product) => PERISHABLE_TYPES.has(product.product_compliance?.product_type ?? "")).map((product) => product.title)
  const grams = parcelGrams(items.map((item) => ({ quantity: item.quantity, weight: item.variant?.weight })))
  return { destination: cart.shipping_address, grams, perishables }
}

type DeliveryRequest = Awaited<ReturnType<typeof readCartForDelivery>>

/** An option of another provider (Medusa's manual one, set up by hand in the admin) is the coordinator's call: it is offered as priced. */
function fitOf(option: OptionRow, request: DeliveryRequest) {
  const rate = readDeliveryRate(option.data)
  return { rate, fit: rate ? deliveryFit(rate, request) : ({ available: true } as const) }
}

/** Every shipping option Medusa would offer the cart, each with its price here or the reason it cannot be used. */
export async function listDeliveryChoices(container: MedusaContainer, cartId: string): Promise<DeliveryChoice[]> {
  const request = await readCartForDelivery(container, cartId)
  const { result } = await listShippingOptionsForCartWithPricingWorkflow(container).run({ input: { cart_id: cartId } })
  return (result as unknown as Array<OptionRow & { amount?: number | null }>).map((option) => {
    const { rate, fit } = fitOf(option, request)
    return {
      id: option.id,
      name: option.name,
      description: option.type?.description ?? null,
      kind: rate?.kind ?? null,
      amount: fit.available ? Number(option.amount ?? 0) : null,
      available: fit.available,
      reason: fit.available ? null : fit.reason,
    }
  })
}

async function readOptions(container: MedusaContainer, optionIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shipping_option", fields: ["id", "name", "data"], filters: { id: optionIds } })
  return data
}

/**
 * Refuses an option that cannot carry this cart to its address, saying why (perishable food far away,
 * a courier outside Pacitan). Answers the options' delivery kinds, so a payment check needs no second read.
 */
export async function assertDeliveryFits(container: MedusaContainer, cartId: string, optionIds: string[]) {
  if (!optionIds.length) return []
  const [request, options] = await Promise.all([readCartForDelivery(container, cartId), readOptions(container, optionIds)])
  return options.map((option) => {
    const { rate, fit } = fitOf(option, request)
    if (!fit.available) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${option.name}: ${fit.reason}`)
    return rate?.kind ?? null
  })
}

/** The delivery kind of a shipping option (pickup, courier, expedition), or null for an option that is not ours. */
export async function deliveryKindsOf(container: MedusaContainer, optionIds: string[]) {
  if (!optionIds.length) return []
  return (await readOptions(container, optionIds)).map((option) => readDeliveryRate(option.data)?.kind ?? null)
}
