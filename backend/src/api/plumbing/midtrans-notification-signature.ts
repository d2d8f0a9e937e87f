import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MIDTRANS_WEBHOOK_PATH, midtransOptionsOf } from "../../lib/payment-config"
import { isSignedBy, type SignedNotification } from "../../modules/payment-midtrans/signature"
import { passOnOnce } from "./pass-on-once"

// Midtrans retries an unanswered notification for about a day.
const SEEN_NOTIFICATION_TTL_SECONDS = 2 * 24 * 60 * 60

/**
 * Medusa's hook route answers 200 to anything and checks it later. A Midtrans
 * notification whose signature_key is not Midtrans' (SHA-512 of order id,
 * status code, gross amount and the server key) is refused here with 400 and
 * never reaches the event bus. The signature does not cover the status, so the
 * provider still asks Midtrans' status API what happened before anything
 * changes; the same notification delivered again is answered 200 and not
 * passed on.
 */
export async function verifyMidtransNotification(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const options = midtransOptionsOf(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  if (!options) {
    res.status(404).json({ type: "not_found", message: "Pembayaran Midtrans tidak aktif di server ini" })
    return
  }
  const notification = (req.body ?? {}) as Partial<SignedNotification> & { transaction_status?: string }
  if (!notification.order_id || !isSignedBy(notification as SignedNotification, options.serverKey)) {
    res.status(400).json({ type: "invalid_data", message: "Tanda tangan notifikasi Midtrans tidak sah" })
    return
  }
  const seenKey = `midtrans-notification:${notification.order_id}:${notification.status_code}:${notification.transaction_status}`
  await passOnOnce(req, res, next, seenKey, SEEN_NOTIFICATION_TTL_SECONDS)
}

export const midtransWebhookMiddlewareRoutes: MiddlewareRoute[] = [
  { matcher: MIDTRANS_WEBHOOK_PATH, method: "POST", bodyParser: { preserveRawBody: true }, middlewares: [verifyMidtransNotification] },
]
