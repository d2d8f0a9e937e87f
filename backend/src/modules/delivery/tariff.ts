/**
 * How Pasar Desa delivers, and what it costs: pickup at the OK OCE centre,
 * the local courier inside Kabupaten Pacitan at a flat rate per kecamatan,
 * an expedition beyond it priced by the parcel's weight. The rates live on
 * each shipping option (seeded, editable in the admin); this file only reads them.
 */
export type PickupRate = { kind: "pickup" }
export type CourierRate = { kind: "courier"; kabupaten: string; kecamatan: Array<{ handle: string; name: string; amount: number }> }
export type ExpeditionRate = { kind: "expedition"; kabupaten: string; bands: Array<{ up_to_grams: number; amount: number }>; per_kg_above: number }
export type DeliveryRate = PickupRate | CourierRate | ExpeditionRate

export type Destination = {
  country_code?: string | null
  city?: string | null
  address_1?: string | null
  address_2?: string | null
  metadata?: Record<string, unknown> | null
}

export const DELIVERY_KINDS = ["pickup", "courier", "expedition"] as const

export function readDeliveryRate(data: unknown): DeliveryRate | null {
  const kind = (data as { kind?: unknown } | null)?.kind
  return DELIVERY_KINDS.includes(kind as (typeof DELIVERY_KINDS)[number]) ? (data as DeliveryRate) : null
}

const simplify = (text: unknown) =>
  String(text ?? "")
    .toLowerCase()
    .replace(/\b(kabupaten|kab\.?|kecamatan|kec\.?)\s*/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()

/** Whether the address lies in the kabupaten the courier serves: its city names it. */
export function isInKabupaten(destination: Destination | null | undefined, kabupaten: string) {
  return Boolean(destination) && (destination?.country_code ?? "id").toLowerCase() === "id" && simplify(destination?.city) === simplify(kabupaten)
}

/** The kecamatan of an address in the kabupaten: the storefront puts it in metadata; API callers may write it in the address lines. */
export function kecamatanOf(destination: Destination, rate: CourierRate) {
  const named = simplify(destination.metadata?.kecamatan)
  if (named) return rate.kecamatan.find((entry) => simplify(entry.name) === named || entry.handle === named.replace(/ /g, "-")) ?? null
  const lines = ` ${simplify(destination.address_2)} ${simplify(destination.address_1)} `
  return rate.kecamatan.find((entry) => lines.includes(` ${simplify(entry.name)} `)) ?? null
}

export function parcelGrams(items: Array<{ quantity: unknown; weight?: number | null }>) {
  return items.reduce((sum, item) => sum + Number(item.quantity) * Number(item.weight ?? 0), 0)
}

/** The expedition's price: the first band the parcel fits, then a rate for every started kilo beyond the last band. */
export function expeditionPrice(rate: ExpeditionRate, grams: number) {
  const bands = [...rate.bands].sort((a, b) => a.up_to_grams - b.up_to_grams)
  const band = bands.find((entry) => grams <= entry.up_to_grams)
  if (band) return band.amount
  const last = bands[bands.length - 1]
  return last.amount + Math.ceil((grams - last.up_to_grams) / 1000) * rate.per_kg_above
}

export type DeliveryFit = { available: true; amount: number } | { available: false; reason: string }

export type DeliveryRequest = {
  destination: Destination | null | undefined
  grams: number
  /** Titles of perishable products in the cart: fresh produce and ready-to-eat food travel only a short way. */
  perishables: string[]
}

/** Whether an option can carry this cart to this address and at what price, or why not, in the buyer's words. */
export function deliveryFit(rate: DeliveryRate, request: DeliveryRequest): DeliveryFit {
  if (rate.kind === "pickup") return { available: true, amount: 0 }
  const destination = request.destination
  if (!destination?.city) return { available: false, reason: "Isi alamat pengiriman dulu untuk melihat ongkos kirim." }
  if (rate.kind === "courier") {
    if (!isInKabupaten(destination, rate.kabupaten)) return { available: false, reason: `Kurir lokal hanya mengantar di Kabupaten ${rate.kabupaten}.` }
    const kecamatan = kecamatanOf(destination, rate)
    if (!kecamatan) return { available: false, reason: `Sebutkan kecamatan tujuan di Kabupaten ${rate.kabupaten} untuk kurir lokal.` }
    return { available: true, amount: kecamatan.amount }
  }
  if (isInKabupaten(destination, rate.kabupaten))
    return { available: false, reason: `Ekspedisi untuk alamat di luar Kabupaten ${rate.kabupaten}; di dalamnya pakai kurir lokal.` }
  if (request.perishables.length) {
    return {
      available: false,
      reason: `${request.perishables.map((title) => `'${title}'`).join(", ")} mudah rusak di perjalanan jauh: hanya bisa diambil di Pusat OK OCE atau diantar kurir lokal.`,
    }
  }
  return { available: true, amount: expeditionPrice(rate, request.grams) }
}
