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

const NEW_LINE = /^\/store\/carts\/[^/]+\/line-items\/?$/
const LINE_CHANGE = /^\/store\/carts\/[^/]+\/line-items\/[^/]+\/?$/

/**
 * The Indonesian reason a cart line's body is refused, or null. Medusa's own
 * validators run before our middlewares and answer in English (a quantity of
 * 0, a text, an unknown `unit_price`); the error handler asks this for the
 * buyer's words, and the middlewares below catch what Medusa lets through.
 */
export function cartLineProblem(method: string, path: string, body: unknown): MedusaError | null {
  const fields = (body && typeof body === "object" ? body : {}) as Record<string, unknown>
  const allowZero = LINE_CHANGE.test(path)
  if (method !== "POST" || !(allowZero || NEW_LINE.test(path))) return null
  try {
    assertNoPrice(fields)
    assertQuantity(fields.quantity, { allowZero })
    return null
  } catch (error) {
    return error as MedusaError
  }
}

/** Medusa's validators let 1.5 packs or a billion through: refused here, before anything changes. */
export function guardCartLine(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = cartLineProblem(req.method, req.originalUrl.split("?")[0], req.body)
  if (problem) throw problem
  next()
}

/** A cart's currency is its region's: a buyer cannot ask for dollars in a rupiah region. */
export async function guardCartCurrency(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = bodyOf(req)
  assertNoPrice(body)
  if (body.currency_code === undefined) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // Without a region Medusa gives the cart the store's default one: its currency is the one to match.
  const regionId =
    typeof body.region_id === "string" ? body.region_id : (await query.graph({ entity: "store", fields: ["default_region_id"] })).data[0]?.default_region_id
  const { data } = regionId ? await query.graph({ entity: "region", fields: ["currency_code"], filters: { id: regionId } }) : { data: [] }
  const currency = data[0]?.currency_code
  if (String(body.currency_code).toLowerCase() !== currency) {
    throw refuse(`Mata uang ditentukan wilayah toko (${(currency ?? "idr").toUpperCase()}), bukan oleh pembeli.`)
  }
  next()
}

/**
 * A cart stays in the channel it was created in: moving it would let it hold
 * products buyers cannot see (the curation rule is that channel's membership).
 */
export async function guardCartChannelChange(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const channelId = bodyOf(req).sales_channel_id
  if (channelId === undefined) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["sales_channel_id"], filters: { id: req.params.id } })
  if (data[0] && data[0].sales_channel_id !== channelId) throw refuse("Keranjang tidak bisa pindah saluran penjualan.")
  next()
}

/**
 * Removing a line names its cart and the line: a cart id that names no cart
 * made Medusa's route fail with a 500 after its workflow ran. Both are looked
 * up first, and a miss is a 404 that says which, before anything runs.
 */
export async function guardCartLineRemoval(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "items.id"], filters: { id: req.params.id } })
  const cart = data[0]
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Keranjang tidak ditemukan.")
  if (!cart.items?.some((item) => item?.id === req.params.line_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Barang ini tidak ada di keranjang.")
  }
  next()
}
