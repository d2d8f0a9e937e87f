import { medusa } from "../medusa"

type Common = { name: string; description: string | null }
/** The shape of GET /store/delivery-rates (backend/src/lib/checkout/delivery-rates.ts). */
export type DeliveryRate =
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
      parcel_grams: number | null
      amount_for_grams: number | null
      perishable_allowed: false
      perishables: string[]
    })

/** The tariff changes only when a coordinator edits it: every product page need not ask for it again within a minute. */
const REMEMBERED_MS = 60_000
let remembered: { at: number; rates: Promise<DeliveryRate[]> } | undefined

const fetchRates = (cartId?: string) =>
  medusa.client
    .fetch<{ delivery_rates: DeliveryRate[] }>("/store/delivery-rates", { query: cartId ? { cart_id: cartId } : {} })
    .then((body) => body.delivery_rates)

/** What pickup, the courier (per kecamatan) and the expedition cost; for a cart, the expedition of its parcel and its fresh food. */
export function listDeliveryRates(cartId?: string): Promise<DeliveryRate[]> {
  if (cartId) return fetchRates(cartId)
  if (!remembered || Date.now() - remembered.at > REMEMBERED_MS) {
    const rates = fetchRates()
    remembered = { at: Date.now(), rates }
    // A failed read is not remembered: the next page asks again.
    rates.catch(() => (remembered = undefined))
  }
  return remembered.rates
}
