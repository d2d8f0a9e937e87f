import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MIDTRANS_PROVIDER_ID } from "../../../lib/payment-config"
import type { SnapItem } from "../../../modules/payment-midtrans/snap-items"

type CartLines = {
  items?: Array<{ id: string; title?: string | null; variant_title?: string | null; unit_price: unknown; quantity: unknown } | null> | null
  shipping_methods?: Array<{ id: string; name?: string | null; amount: unknown } | null> | null
}

/** The cart's lines and delivery as Snap lists them, in whole rupiah. */
export function snapLinesOf(cart: CartLines): SnapItem[] {
  const lines = (cart.items ?? []).flatMap((item) =>
    item
      ? [
          {
            id: item.id,
            name: [item.title, item.variant_title].filter(Boolean).join(" · "),
            price: Math.round(Number(item.unit_price)),
            quantity: Number(item.quantity),
          },
        ]
      : []
  )
  const delivery = (cart.shipping_methods ?? []).flatMap((method) =>
    method && Number(method.amount) > 0
      ? [{ id: method.id, name: `Ongkos kirim · ${method.name ?? ""}`, price: Math.round(Number(method.amount)), quantity: 1 }]
      : []
  )
  return [...lines, ...delivery]
}

/**
 * A Midtrans payment session lists the cart's lines and delivery on Snap's page:
 * read here from the cart itself, whatever the buyer's request says.
 */
export async function snapItemsFromCart(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { provider_id?: unknown; data?: Record<string, unknown> } | undefined
  if (body?.provider_id !== MIDTRANS_PROVIDER_ID) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_collection",
    fields: ["cart.items.id", "cart.items.title", "cart.items.variant_title", "cart.items.unit_price", "cart.items.quantity", "cart.shipping_methods.*"],
    filters: { id: req.params.id },
  })
  const items = data[0]?.cart ? snapLinesOf(data[0].cart as CartLines) : []
  body.data = { items }
  const validated = (req as { validatedBody?: { data?: Record<string, unknown> } }).validatedBody
  if (validated) validated.data = { items }
  next()
}
