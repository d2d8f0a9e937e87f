import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../../../../../../modules/settlement"
import type SettlementModuleService from "../../../../../../modules/settlement/service"

/** GET /admin/orders/:id/transfer-receipts/:receipt_id: the buyer's receipt photo (JPEG), for coordinators only. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const settlement: SettlementModuleService = req.scope.resolve(SETTLEMENT_MODULE)
  const [receipt] = await settlement.listTransferReceipts({ id: req.params.receipt_id, order_id: req.params.id }, { select: ["file_id"] })
  if (!receipt) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Bukti transfer tidak ditemukan / receipt not found")
  const photo = await req.scope.resolve(Modules.FILE).getAsBuffer(receipt.file_id)
  // A buyer's name and account number: kept out of shared caches.
  res.setHeader("cache-control", "private, max-age=3600")
  res.setHeader("content-type", "image/jpeg")
  res.setHeader("x-content-type-options", "nosniff")
  res.send(photo)
}
