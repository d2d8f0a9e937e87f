import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { normaliseReceiptImage } from "../../../../../lib/files/receipt-image"
import { isOrderAccessKey, ORDER_LINK_REFUSED, orderAccessSecret } from "../../../../../lib/order/order-access-key"
import { uploadedPhotos } from "../../../../plumbing/photo-upload"
import { attachTransferReceiptWorkflow } from "../../../../../workflows/settlement/attach-transfer-receipt"

/**
 * POST /store/orders/:id/transfer-receipts (multipart, one photo in `receipt`,
 * the order link's key in `key`): the buyer's photo of their transfer receipt,
 * for the coordinator matching the money; it is never shown back on the store.
 * The key, not the id alone: producers see order ids, and three photos from
 * anyone else would use up the buyer's three.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  if (!isOrderAccessKey(req.params.id, (req.body as { key?: unknown } | undefined)?.key, orderAccessSecret(req.scope))) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, ORDER_LINK_REFUSED)
  }
  const [file] = uploadedPhotos(req)
  if (!file) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "receipt: pilih foto bukti transfer / choose a photo of the receipt")
  }
  const photo = await normaliseReceiptImage(file.buffer)
  const { result } = await attachTransferReceiptWorkflow(req.scope).run({
    input: { order_id: req.params.id, content: photo.content.toString("base64"), bytes: photo.content.length, width: photo.width, height: photo.height },
  })
  res.status(201).json({ receipt: { id: result.id, created_at: result.created_at } })
}
