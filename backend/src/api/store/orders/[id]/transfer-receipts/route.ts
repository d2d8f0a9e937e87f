import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { normaliseReceiptImage } from "../../../../../lib/files/receipt-image"
import { attachTransferReceiptWorkflow } from "../../../../../workflows/settlement/attach-transfer-receipt"

/**
 * POST /store/orders/:id/transfer-receipts (multipart, one photo in `receipt`):
 * the buyer's photo of their transfer receipt, for the coordinator matching the
 * money. Whoever has the order's id (its buyer: the confirmation page's
 * address) may attach one; it is never shown back on the store.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const file = (req as MedusaRequest & { file?: { buffer: Buffer } }).file
  if (!file?.buffer?.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "receipt: pilih foto bukti transfer / choose a photo of the receipt")
  }
  const photo = await normaliseReceiptImage(file.buffer)
  const { result } = await attachTransferReceiptWorkflow(req.scope).run({
    input: { order_id: req.params.id, content: photo.content.toString("base64"), bytes: photo.content.length, width: photo.width, height: photo.height },
  })
  res.status(201).json({ receipt: { id: result.id, created_at: result.created_at } })
}
