import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expeditionPrice, readDeliveryRate, type DeliveryRate } from "../../modules/delivery/tariff"
import { readCartForDelivery } from "./delivery-choices"

/** The centre's own delivery provider: Medusa names a provider `<identifier>_<id>` (medusa-config.ts). */
export const DELIVERY_PROVIDER_ID = "delivery_pasar-desa"

type Common = { name: string; description: string | null }

/**
 * What each way of delivery costs, before any cart or address: the product
 * and cart pages show it so a buyer knows the cost before typing an address.
 * A parcel (a weight, or a cart's items) prices the expedition for it, and a
 * cart's perishable products are named: those never go by expedition.
 */
export type DeliveryRateView =
  | (Common & { kind: "pickup"; amount: 0 })
  | (Common & {
      kind: "courier"
      kabupaten: string
      min_amount: number
      max_amount: number
      kecamatan: Array<{ handle: string; name: string; amount: number }>
    })
  | (Common & {
      kind: "expedition"
      kabupaten: string
      from_amount: number
      /** The parcel priced (a weight asked for, or the cart's), and its price; null without a parcel. */
      parcel_grams: number | null
      amount_for_grams: number | null
      perishable_allowed: false
      /** The cart's fresh or ready-to-eat products, by title: with any, the expedition cannot take the cart. */
      perishables: string[]
    })

/** The parcel to price: none, a weight, or a cart (its weight and its perishable products). */
export type Parcel = { grams?: number; cartId?: string }

type OptionRow = { name: string; data: Record<string, unknown> | null; type?: { description?: string | null } | null }

function present(option: OptionRow, rate: DeliveryRate, grams: number | undefined, perishables: string[]): DeliveryRateView {
  const common = { name: option.name, description: option.type?.description ?? null }
  if (rate.kind === "pickup") return { ...common, kind: "pickup", amount: 0 }
  if (rate.kind === "courier") {
    const amounts = rate.kecamatan.map((entry) => entry.amount)
    const kecamatan = [...rate.kecamatan].sort((a, b) => a.name.localeCompare(b.name, "id")).map(({ handle, name, amount }) => ({ handle, name, amount }))
    return { ...common, kind: "courier", kabupaten: rate.kabupaten, min_amount: Math.min(...amounts), max_amount: Math.max(...amounts), kecamatan }
  }
  return {
    ...common,
    kind: "expedition",
    kabupaten: rate.kabupaten,
    from_amount: expeditionPrice(rate, 0),
    parcel_grams: grams ?? null,
    amount_for_grams: grams === undefined ? null : expeditionPrice(rate, grams),
    // Fresh produce and ready-to-eat food stay in the kabupaten (checkout/delivery-choices.ts).
    perishable_allowed: false,
    perishables,
  }
}

const ORDER: Record<DeliveryRate["kind"], number> = { pickup: 0, courier: 1, expedition: 2 }

/** The store's delivery options priced by our provider, cheapest way first. */
export async function listDeliveryRates(container: MedusaContainer, parcel: Parcel = {}): Promise<DeliveryRateView[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, cart] = await Promise.all([
    query.graph({ entity: "shipping_option", fields: ["name", "data", "type.description"], filters: { provider_id: DELIVERY_PROVIDER_ID } }),
    parcel.cartId ? readCartForDelivery(container, parcel.cartId) : undefined,
  ])
  const grams = cart?.grams ?? parcel.grams
  return (data as OptionRow[])
    .flatMap((option) => {
      const rate = readDeliveryRate(option.data)
      return rate ? [present(option, rate, grams, cart?.perishables ?? [])] : []
    })
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind])
}
