import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** More than any household orders of one pack; a bigger number is a typo or an attack, never a purchase. */
export const MAX_LINE_QUANTITY = 1000

/** Fields a buyer might send to set their own price: the store decides prices, from the variant and the region. */
const PRICE_FIELDS = ["unit_price", "price", "amount", "total", "subtotal", "compare_at_unit_price", "is_tax_inclusive", "raw_unit_price"]

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

function assertNoPrice(body: Record<string, unknown>) {
  const sent = PRICE_FIELDS.filter((field) => field in body)
  if (sent.length) throw refuse(`Harga ditentukan toko, tidak bisa dikirim pembeli (${sent.join(", ")}).`)
}

function assertQuantity(value: unknown, { allowZero }: { allowZero: boolean }) {
  const lowest = allowZero ? 0 : 1
  if (typeof value !== "number" || !Number.isInteger(value) || value < lowest || value > MAX_LINE_QUANTITY) {
    throw refuse(`Jumlah harus bilangan bulat ${lowest} sampai ${MAX_LINE_QUANTITY}.`)
  }
}

const bodyOf = (req: MedusaRequest) => (req.body ?? {}) as Record<string, unknown>

/**
 * Medusa's store validators let a fractional quantity through and drop unknown
 * fields silently; a buyer who sends 1.5 packs or their own price should hear
 * so, in Indonesian, and nothing in the cart should change.
 */
export function guardNewLine(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = bodyOf(req)
  assertNoPrice(body)
  assertQuantity(body.quantity, { allowZero: false })
  next()
}

export function guardLineChange(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = bodyOf(req)
  assertNoPrice(body)
  assertQuantity(body.quantity, { allowZero: true })
  next()
}

/** A cart's currency is its region's: a buyer cannot ask for dollars in a rupiah region. */
export async function guardCartCurrency(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = bodyOf(req)
  assertNoPrice(body)
  if (body.currency_code === undefined) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const regionId = typeof body.region_id === "string" ? body.region_id : undefined
  const { data } = regionId
    ? await query.graph({ entity: "region", fields: ["currency_code"], filters: { id: regionId } })
    : await query.graph({ entity: "store", fields: ["default_region.currency_code"] })
  const row = data[0] as { currency_code?: string; default_region?: { currency_code?: string } } | undefined
  const currency = row?.currency_code ?? row?.default_region?.currency_code
  if (String(body.currency_code).toLowerCase() !== currency) {
    throw refuse(`Mata uang ditentukan wilayah toko (${(currency ?? "idr").toUpperCase()}), bukan oleh pembeli.`)
  }
  next()
}
