import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { preorderLinesOf } from "../../../../../lib/harvest/preorder-lines"

/**
 * GET /store/carts/:id/preorders: the cart's lines the shelf cannot cover,
 * which wait for their product's harvest: how many, and its expected day. The
 * cart and checkout say so before the buyer pays (the courier's "1–2 days"
 * starts after the harvest). The order keeps it on its lines once placed.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "items.id", "items.variant_id", "items.quantity"], filters: { id: req.params.id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Keranjang ${req.params.id} tidak ditemukan. / No such cart.`)
  const lines = (data[0].items ?? []).flatMap((item) => (item ? [{ id: item.id, variant_id: item.variant_id ?? null, quantity: Number(item.quantity) }] : []))
  res.json({ preorders: await preorderLinesOf(req.scope, lines) })
}
