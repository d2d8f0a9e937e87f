import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readPaymentInstructions } from "../../../../../lib/order/payment-instructions"

/**
 * How the buyer of an order pays, for its confirmation page (see
 * readPaymentInstructions). Only its buyer reads it (../../order-readers.ts).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const payment = await readPaymentInstructions(req.scope, req.params.id)
  if (payment === undefined) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pesanan ${req.params.id} tidak ditemukan.`)
  res.json({ payment })
}
