import { RECEIPT_MAX_BYTES } from "../../../lib/files/receipt-image"
import { photoUpload } from "../../plumbing/photo-upload"

/** The multipart body of a receipt upload, read into memory: one photo, named `receipt`, at most 8 MB, and the link's key. */
export const receiptUpload = photoUpload({ field: "receipt", maxBytes: RECEIPT_MAX_BYTES, maxFiles: 1, fields: 5 })
