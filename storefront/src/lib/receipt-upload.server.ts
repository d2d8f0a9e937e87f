import type { APIContext } from "astro"
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server"
import type { ReceiptOutcome } from "./receipt-outcomes"
import { ORDER_KEY_PARAM } from "./order-access.server"
import { orderPageAfter } from "./order-actions.server"

const MOST_BYTES = 8 * 1024 * 1024

/** The backend's refusal in one of the page's words. */
function outcomeOf(status: number, message: string): ReceiptOutcome {
  if (status === 201) return "terkirim"
  if (/bukan foto/.test(message)) return "bukan_foto"
  if (/terlalu besar/.test(message)) return "terlalu_besar"
  return "ditolak"
}

/**
 * POST /pesanan/:id/bukti: the order page's receipt form (multipart, works
 * without JavaScript), sent with the key of the order's link like every
 * buyer's action on an order. The photo goes on to the backend as it came; the
 * buyer is sent back to the order page with the outcome.
 */
export async function uploadReceipt(context: APIContext) {
  const orderId = context.params.id ?? ""
  const form = await context.request.formData().catch(() => null)
  const key = String(form?.get(ORDER_KEY_PARAM) ?? "")
  const order = { id: orderId, key, fromAccount: form?.get("dari") === "akun" }
  const back = (outcome: ReceiptOutcome) => context.redirect(orderPageAfter(context, order, { bukti: outcome }, "bukti"), 303)
  const photo = form?.get("receipt")
  if (!(photo instanceof File) || photo.size === 0) return back("kosong")
  if (photo.size > MOST_BYTES) return back("terlalu_besar")
  const body = new FormData()
  body.append("key", key)
  body.append("receipt", photo, photo.name || "bukti.jpg")
  const response = await fetch(`${MEDUSA_BACKEND_URL}/store/orders/${encodeURIComponent(orderId)}/transfer-receipts`, {
    method: "POST",
    headers: { "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY ?? "" },
    body,
  }).catch(() => null)
  if (!response) return back("ditolak")
  const { message = "" } = (await response.json().catch(() => ({}))) as { message?: string }
  return back(outcomeOf(response.status, message))
}
