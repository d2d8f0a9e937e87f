import { afterAll } from "vitest"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { randomUUID } from "node:crypto"
import { midtransSignature } from "../../src/modules/payment-midtrans/signature"

/**
 * A local stand-in for Midtrans' Snap API (POST /snap/v1/transactions) and Core
 * API (GET /v2/:order_id/status, POST /v2/:order_id/expire|cancel|refund), for
 * the real `midtrans-client` to talk to, with the same answers as Midtrans'
 * sandbox: Basic auth with the server key, 400 when item_details do not add
 * up, a status of 404 (in a 200 body) until the buyer has chosen how to pay,
 * and the status codes Midtrans gives each transaction status. The test plays
 * the buyer and Midtrans: `choose`, `pay`, `expire`, then `notify` posts the
 * notification Midtrans would send, signed with the server key.
 */
export type FakeMidtransKeys = { serverKey: string; clientKey: string }

type Item = { id: string; name: string; price: number; quantity: number }
type SnapRequest = { transaction_details: { order_id: string; gross_amount: number }; item_details?: Item[]; customer_details?: Record<string, unknown> }
type Transaction = {
  request: SnapRequest
  token: string
  /** Undefined until the buyer has chosen how to pay on Snap's page. */
  status?: "pending" | "settlement" | "expire" | "cancel" | "deny" | "refund" | "partial_refund"
  payment_type?: string
  /** Rupiah given back, each refund on its own (through the API or Midtrans' dashboard). */
  refunds: number[]
  transaction_id: string
  va_number?: string
}

const STATUS_CODES: Record<NonNullable<Transaction["status"]>, string> = {
  pending: "201",
  settlement: "200",
  refund: "200",
  partial_refund: "200",
  cancel: "200",
  deny: "202",
  expire: "407",
}

export async function startFakeMidtrans(keys: FakeMidtransKeys) {
  const transactions = new Map<string, Transaction>()
  const snapRequests: SnapRequest[] = []
  /** Refunds the backend asked for through the Core API: order id and amount. */
  const refundRequests: Array<{ order_id: string; amount: number }> = []

  /** Gives back `amount` rupiah of a settled transaction: refunded in full, or partly. */
  function refund(transaction: Transaction, amount: number) {
    transaction.refunds.push(amount)
    const refunded = transaction.refunds.reduce((sum, each) => sum + each, 0)
    transaction.status = refunded >= transaction.request.transaction_details.gross_amount ? "refund" : "partial_refund"
  }
  const refundable = (transaction: Transaction) =>
    (transaction.status === "settlement" || transaction.status === "partial_refund") && transaction.payment_type !== "bank_transfer"

  const grossAmountOf = (transaction: Transaction) => `${transaction.request.transaction_details.gross_amount}.00`

  /** The status API's answer for a transaction, which is also what a notification carries. */
  function statusBody(orderId: string) {
    const transaction = transactions.get(orderId)
    if (!transaction?.status) return { status_code: "404", status_message: "Transaction doesn't exist.", id: randomUUID() }
    const status_code = STATUS_CODES[transaction.status]
    const body = {
      status_code,
      status_message: "Success, transaction is found",
      transaction_id: transaction.transaction_id,
      order_id: orderId,
      gross_amount: grossAmountOf(transaction),
      currency: "IDR",
      payment_type: transaction.payment_type,
      transaction_time: new Date().toISOString().replace("T", " ").slice(0, 19),
      transaction_status: transaction.status,
      fraud_status: "accept",
      ...(transaction.refunds.length
        ? {
            refund_amount: `${transaction.refunds.reduce((sum, amount) => sum + amount, 0)}.00`,
            refunds: transaction.refunds.map((amount, index) => ({ refund_chargeback_id: index + 1, refund_amount: `${amount}.00`, reason: "" })),
          }
        : {}),
      ...(transaction.va_number ? { va_numbers: [{ bank: "bni", va_number: transaction.va_number }] } : {}),
    }
    return { ...body, signature_key: midtransSignature({ order_id: orderId, status_code, gross_amount: body.gross_amount }, keys.serverKey) }
  }

  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" })
    res.end(JSON.stringify(body))
  }

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const authorized = req.headers.authorization === `Basic ${Buffer.from(`${keys.serverKey}:`).toString("base64")}`
    if (!authorized) return send(res, 401, { error_messages: ["Access denied due to unauthorized transaction, please check client or server key"] })
    const url = new URL(req.url ?? "/", "http://fake")
    if (req.method === "POST" && url.pathname === "/snap/v1/transactions") {
      const request = JSON.parse(Buffer.concat(chunks).toString("utf8")) as SnapRequest
      snapRequests.push(request)
      const { order_id, gross_amount } = request.transaction_details
      const sum = (request.item_details ?? []).reduce((total, item) => total + item.price * item.quantity, 0)
      if (!Number.isInteger(gross_amount)) return send(res, 400, { error_messages: ["transaction_details.gross_amount must be an integer"] })
      if (request.item_details && sum !== gross_amount)
        return send(res, 400, { error_messages: ["transaction_details.gross_amount is not equal to the sum of item_details"] })
      if (transactions.has(order_id)) return send(res, 400, { error_messages: ["transaction_details.order_id sudah digunakan"] })
      const token = randomUUID()
      transactions.set(order_id, { request, token, transaction_id: randomUUID(), refunds: [] })
      return send(res, 201, { token, redirect_url: `${base}/snap/v4/redirection/${token}` })
    }
    const core = /^\/v2\/([^/]+)\/(status|expire|cancel|refund)$/.exec(url.pathname)
    if (core) {
      const [, orderId, action] = core
      const transaction = transactions.get(decodeURIComponent(orderId))
      if (action === "status") return send(res, 200, statusBody(decodeURIComponent(orderId)))
      if (!transaction?.status) return send(res, 200, { status_code: "404", status_message: "Transaction doesn't exist." })
      if ((action === "expire" || action === "cancel") && transaction.status === "pending") transaction.status = action === "expire" ? "expire" : "cancel"
      else if (action === "refund" && refundable(transaction)) {
        const asked = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as { amount?: number }
        const amount = asked.amount ?? transaction.request.transaction_details.gross_amount
        refundRequests.push({ order_id: decodeURIComponent(orderId), amount })
        refund(transaction, amount)
      } else return send(res, 200, { status_code: "412", status_message: `Merchant cannot modify the status of the transaction (${transaction.status})` })
      return send(res, 200, statusBody(decodeURIComponent(orderId)))
    }
    send(res, 404, { error_messages: ["not found"] })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const known = (orderId: string) => {
    const transaction = transactions.get(orderId)
    if (!transaction) throw new Error(`The fake knows no Snap transaction ${orderId}`)
    return transaction
  }

  return {
    url: base,
    /** Every Snap transaction request as the backend sent it. */
    snapRequests,
    /** The buyer picks a way to pay on Snap's page: a QR code or a virtual account is shown, the transaction is pending. */
    choose(orderId: string, paymentType: "qris" | "bank_transfer" | "gopay" = "qris") {
      const transaction = known(orderId)
      transaction.status = "pending"
      transaction.payment_type = paymentType
      if (paymentType === "bank_transfer") transaction.va_number = String(Math.floor(Math.random() * 1e10)).padStart(10, "8")
    },
    /** The buyer pays: settled at once, as QRIS, virtual accounts and e-wallets are. */
    pay(orderId: string, paymentType: "qris" | "bank_transfer" | "gopay" = "qris") {
      if (!known(orderId).status) this.choose(orderId, paymentType)
      known(orderId).status = "settlement"
    },
    /** Refunds the backend asked for through the Core API. */
    refundRequests,
    /** Someone at the centre gives money back in Midtrans' dashboard, not through the shop. */
    refundInDashboard(orderId: string, amount: number) {
      const transaction = known(orderId)
      if (!refundable(transaction)) throw new Error(`The fake cannot refund a ${transaction.status} transaction`)
      refund(transaction, amount)
    },
    /** The time to pay runs out. */
    expire(orderId: string) {
      known(orderId).status = "expire"
    },
    status: (orderId: string) => transactions.get(orderId)?.status,
    /** The notification Midtrans sends for the transaction's current status, signed with the server key. */
    notification: (orderId: string) => statusBody(orderId) as Record<string, string>,
    /** Posts a notification to the backend's hook route as Midtrans does; answers its status and body. */
    async deliver(notification: Record<string, unknown>, backendUrl: string) {
      const response = await fetch(`${backendUrl}/hooks/payment/midtrans_midtrans`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(notification),
      })
      return { status: response.status, body: await response.text() }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type FakeMidtrans = Awaited<ReturnType<typeof startFakeMidtrans>>

/**
 * A fake Midtrans for one spec file, and the backend pointed at it: started
 * now, stopped after the file. Call it at the top of the file: Medusa's test
 * runner reads medusa-config.ts before it applies its `env` option.
 */
export async function fakeMidtransForThisFile(keys: FakeMidtransKeys) {
  const fake = await startFakeMidtrans(keys)
  afterAll(() => fake.stop())
  Object.assign(process.env, {
    MIDTRANS_SERVER_KEY: keys.serverKey,
    MIDTRANS_CLIENT_KEY: keys.clientKey,
    MIDTRANS_API_BASE: fake.url,
    PAYMENT_WEBHOOK_DELAY_MS: "50",
  })
  return fake
}
