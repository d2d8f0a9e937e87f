import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { RECEIPT_MAX_BYTES } from "../../../lib/files/receipt-image"

const readOnePhoto = multer({ storage: multer.memoryStorage(), limits: { fileSize: RECEIPT_MAX_BYTES, files: 1, fields: 5, parts: 6 } }).single("receipt")

/**
 * Reads the multipart body of a receipt upload into memory: one file, named
 * `receipt`, at most 8 MB. multer's own errors (too big, another field name)
 * become 4xx answers in the buyer's language instead of a 500.
 */
export function receiptUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  readOnePhoto(req as never, res as never, (error?: unknown) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    if (code === "LIMIT_FILE_SIZE") {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, "receipt: foto terlalu besar, paling banyak 8 MB / the photo is larger than 8 MB"))
    }
    next(new MedusaError(MedusaError.Types.INVALID_DATA, "receipt: kirim satu foto dengan nama kolom 'receipt' / send one photo in the field 'receipt'"))
  })
}
