import type { APIRoute } from "astro"
import { uploadReceipt } from "../../../lib/receipt-upload.server"

/** POST /pesanan/:id/bukti: a photo of the transfer receipt, from the order page. */
export const POST: APIRoute = (context) => uploadReceipt(context)
