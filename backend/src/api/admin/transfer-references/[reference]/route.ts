import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { normaliseTransferReference } from "../../../../modules/payment-offline/reference"

/**
 * GET /admin/transfer-references/:reference: the order a bank transfer's note
 * belongs to. Buyers write the reference (PD-XXXXXX) in the transfer, and a
 * coordinator reading the bank statement has nothing else to match the money
 * with; Medusa's order search does not look inside payments.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const reference = normaliseTransferReference(req.params.reference)
  if (!reference) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "reference: referensi transfer berbentuk PD- diikuti 6 huruf/angka, misalnya PD-7KQ2XM / a transfer reference looks like PD-7KQ2XM"
    )
  }
  // The payment module keeps the reference in its provider data; the order-payment link says whose it is.
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const row = await pg("payment as p")
    .join("order_payment_collection as link", "link.payment_collection_id", "p.payment_collection_id")
    .whereRaw("p.data->>'reference' = ?", [reference])
    .whereNull("p.deleted_at")
    .whereNull("link.deleted_at")
    .first("link.order_id")
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Tidak ada pesanan dengan referensi transfer ${reference}.`)
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "total",
      "created_at",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: row.order_id },
  })
  const order = data[0]
  const payment = order.payment_collections?.flatMap((collection) => collection?.payments ?? []).find((candidate) => candidate?.data?.reference === reference)
  res.json({
    reference,
    order: { id: order.id, display_id: order.display_id, email: order.email, total: Number(order.total), created_at: order.created_at },
    payment: { paid: Boolean(payment?.captured_at), canceled: Boolean(payment?.canceled_at) },
  })
}
