import { randomUUID } from "node:crypto"
import { MIDTRANS_WEBHOOK_PATH } from "../../src/lib/payment-config"
import { midtransSignature } from "../../src/modules/payment-midtrans/signature"

/**
 * A notification as Midtrans would post it, saying the buyer paid `amount` rupiah
 * for the transaction `orderId`, signed with `serverKey`. When Midtrans itself
 * cannot reach the backend (its sandbox and a machine without a public address),
 * the test posts it: signed with the right key it passes the signature check,
 * and only Midtrans' status API can tell the backend it is not true.
 */
export function settlementClaim(orderId: string, amount: number, serverKey: string) {
  const signed = { order_id: orderId, status_code: "200", gross_amount: `${amount}.00` }
  return {
    ...signed,
    transaction_id: randomUUID(),
    transaction_status: "settlement",
    fraud_status: "accept",
    payment_type: "qris",
    currency: "IDR",
    status_message: "midtrans payment notification",
    signature_key: midtransSignature(signed, serverKey),
  }
}

/** Posts a notification to the backend's hook route as Midtrans does; answers its status and, for a refusal, its message. */
export async function deliverNotification(backendUrl: string, notification: Record<string, unknown>) {
  const response = await fetch(`${backendUrl}${MIDTRANS_WEBHOOK_PATH}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(notification),
  })
  // Medusa's hook route answers a plain "OK"; a refusal is JSON.
  const refusal = response.headers.get("content-type")?.includes("json") ? ((await response.json()) as { message?: string }) : undefined
  return { status: response.status, message: refusal?.message }
}
