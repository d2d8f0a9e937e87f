import { describe, expect, it } from "vitest"
import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { midtransSignature, isSignedBy } from "./signature"
import { sessionStatusOf, webhookActionOf, type MidtransTransaction } from "./transaction-status"

const transaction = (transaction_status: string, fraud_status?: string): MidtransTransaction => ({
  order_id: "payses_1",
  transaction_status,
  fraud_status,
  gross_amount: "46000.00",
})

describe("what a Midtrans transaction means for the order", () => {
  it("captures what is settled or a card captured and accepted; cancels what expired, was cancelled or refused; waits otherwise", () => {
    expect(webhookActionOf(transaction("settlement"))).toBe(PaymentActions.SUCCESSFUL)
    expect(webhookActionOf(transaction("capture", "accept"))).toBe(PaymentActions.SUCCESSFUL)
    expect(webhookActionOf(transaction("capture", "challenge"))).toBe(PaymentActions.NOT_SUPPORTED)
    expect(webhookActionOf(transaction("capture", "deny"))).toBe(PaymentActions.FAILED)
    expect(webhookActionOf(transaction("expire"))).toBe(PaymentActions.FAILED)
    expect(webhookActionOf(transaction("deny"))).toBe(PaymentActions.FAILED)
    expect(webhookActionOf(transaction("cancel"))).toBe(PaymentActions.CANCELED)
    expect(webhookActionOf(transaction("pending"))).toBe(PaymentActions.NOT_SUPPORTED)
    expect(webhookActionOf(transaction("refund"))).toBe(PaymentActions.NOT_SUPPORTED)
  })

  it("places an order whose buyer has not paid yet with its payment pending, as a bank transfer's", () => {
    expect(sessionStatusOf(undefined)).toBe(PaymentSessionStatus.PENDING_AUTHORIZATION)
    expect(sessionStatusOf(transaction("pending"))).toBe(PaymentSessionStatus.PENDING_AUTHORIZATION)
    expect(sessionStatusOf(transaction("settlement"))).toBe(PaymentSessionStatus.CAPTURED)
    expect(sessionStatusOf(transaction("expire"))).toBe(PaymentSessionStatus.CANCELED)
  })
})

describe("a notification's signature", () => {
  const signed = { order_id: "Postman-1578568851", status_code: "200", gross_amount: "10000.00" }
  const serverKey = "VT-server-HJMpl9HLr_ntOKt5mRONdmKj"

  it("is SHA-512 of order id, status code, gross amount and server key, compared whole", () => {
    const signature = midtransSignature(signed, serverKey)
    expect(signature).toMatch(/^[0-9a-f]{128}$/)
    expect(isSignedBy({ ...signed, signature_key: signature }, serverKey)).toBe(true)
    expect(isSignedBy({ ...signed, signature_key: signature }, "another-server-key")).toBe(false)
    expect(isSignedBy({ ...signed, gross_amount: "1.00", signature_key: signature }, serverKey)).toBe(false)
    expect(isSignedBy({ ...signed, signature_key: signature.slice(0, 64) }, serverKey)).toBe(false)
    expect(isSignedBy(signed, serverKey)).toBe(false)
  })
})
