import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readPaymentInstructions } from "../../../../../lib/order/payment-instructions"

/**
 * How the buyer of an order pays, for its confirmation page (see
 * readPaymentInstructions). Anyone holding the order's id may read it, as they
 * may read the order itself.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const payment = await readPaymentInstructions(req.scope, req.params.id)
  if (payment === undefined) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pesanan ${req.params.id} tidak ditemukan.`)
  res.json({ payment })
}
