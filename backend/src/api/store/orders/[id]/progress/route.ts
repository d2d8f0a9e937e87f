import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readOrderProgress } from "../../../../../lib/order/order-progress"

/**
 * Where the buyer's order has got, per producer, for the order page (see
 * readOrderProgress). Only its buyer reads it (../../order-readers.ts).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const progress = await readOrderProgress(req.scope, req.params.id)
  if (!progress) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pesanan ${req.params.id} tidak ditemukan.`)
  res.json({ progress })
}
