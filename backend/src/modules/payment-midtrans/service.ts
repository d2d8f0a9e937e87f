import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  CancelPaymentInput,
  CapturePaymentInput,
  DeletePaymentInput,
  GetPaymentStatusInput,
  InitiatePaymentInput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RetrievePaymentInput,
  UpdatePaymentInput,
} from "@medusajs/framework/types"
import { closeUnpaidTransaction, midtransClients, transactionOf, type MidtransClients, type MidtransOptions } from "./clients"
import { isSignedBy, type SignedNotification } from "./signature"
import { snapItems, type SnapItem } from "./snap-items"
import { isPaid, refundedAt, rupiahOf, sessionStatusOf, webhookActionOf } from "./transaction-status"
import { wholeRupiah } from "../../lib/rupiah"

export type { MidtransOptions } from "./clients"

/** What a payment session keeps: the Snap transaction the buyer pays and where they pay it. */
export type MidtransSessionData = {
  session_id?: string
  /** Midtrans' order id: the session's id, with ".2", ".3" for a new transaction after the amount changed. */
  order_id?: string
  amount?: number
  token?: string
  redirect_url?: string
  /** How long Snap's page takes payment from the transaction's start. */
  hours_to_pay?: number
  transaction_status?: string
  payment_type?: string
  /** Rupiah recorded as refunded in Medusa so far. */
  refunded_amount?: number
  /** The cart's lines and delivery, filled in by the store route from the cart itself, never from the buyer. */
  items?: SnapItem[]
}

/** The session's id from Midtrans' order id. */
export const sessionIdOf = (orderId: string) => orderId.split(".")[0]

function nextOrderId(data: MidtransSessionData) {
  const sessionId = data.session_id ?? sessionIdOf(String(data.order_id))
  const attempt = data.order_id?.includes(".") ? Number(data.order_id.split(".")[1]) + 1 : data.order_id ? 2 : 1
  return attempt === 1 ? sessionId : `${sessionId}.${attempt}`
}

/**
 * Midtrans Snap for what Indonesian buyers pay with: QRIS, bank virtual
 * accounts, GoPay, ShopeePay and the other e-wallets the merchant account
 * enables. Through Midtrans' own `midtrans-client`.
 *
 * The buyer places the order first (its payment pending, its stock reserved, as
 * for a bank transfer) and pays on Snap's page; Midtrans' notification, checked
 * against its status API, captures the payment, or cancels the order when the
 * transaction expires or is refused. Nothing is believed from a notification's
 * body but which transaction to ask about.
 */
export default class MidtransProviderService extends AbstractPaymentProvider<MidtransOptions> {
  static identifier = "midtrans"

  protected readonly options_: MidtransOptions
  protected readonly midtrans_: MidtransClients

  static validateOptions(options: Record<string, unknown>) {
    if (!options.serverKey || !options.clientKey) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Midtrans needs serverKey and clientKey (MIDTRANS_SERVER_KEY, MIDTRANS_CLIENT_KEY)")
    }
  }

  constructor(cradle: Record<string, unknown>, options: MidtransOptions) {
    super(cradle, options)
    this.options_ = options
    this.midtrans_ = midtransClients(options)
  }

  /** The session's transaction as Midtrans knows it; undefined before there is one or while the buyer has not chosen how to pay. */
  protected async transactionOf(data: MidtransSessionData) {
    return data.order_id ? transactionOf(this.midtrans_, data.order_id) : undefined
  }

  protected async createSnapTransaction(data: MidtransSessionData, amount: number, input: InitiatePaymentInput | UpdatePaymentInput) {
    if (!Number.isInteger(amount) || amount <= 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Jumlah pembayaran harus rupiah bulat lebih dari nol, bukan ${amount}`)
    }
    const orderId = nextOrderId(data)
    const customer = input.context?.customer
    const snap = await this.midtrans_.snap.createTransaction({
      transaction_details: { order_id: orderId, gross_amount: amount },
      item_details: snapItems(amount, data.items),
      ...(customer?.email
        ? { customer_details: { first_name: customer.first_name ?? undefined, email: customer.email, phone: customer.phone ?? undefined } }
        : {}),
      expiry: { unit: "hours", duration: this.options_.hoursToPay },
    })
    return { ...data, order_id: orderId, amount, token: snap.token, redirect_url: snap.redirect_url, hours_to_pay: this.options_.hoursToPay }
  }

  async initiatePayment(input: InitiatePaymentInput) {
    const given = (input.data ?? {}) as MidtransSessionData
    const data = await this.createSnapTransaction({ session_id: given.session_id, items: given.items }, wholeRupiah(input.amount), input)
    return { id: data.order_id!, data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput) {
    const data = (input.data ?? {}) as MidtransSessionData
    if (wholeRupiah(input.amount) === data.amount) return { data, status: PaymentSessionStatus.PENDING }
    // A Snap transaction's amount cannot change: a new one, under a new order id.
    return { data: await this.createSnapTransaction(data, wholeRupiah(input.amount), input), status: PaymentSessionStatus.PENDING }
  }

  async authorizePayment(input: AuthorizePaymentInput) {
    const data = (input.data ?? {}) as MidtransSessionData
    const transaction = await this.transactionOf(data)
    const status = sessionStatusOf(transaction)
    return { data: { ...data, transaction_status: transaction?.transaction_status, payment_type: transaction?.payment_type }, status }
  }

  async capturePayment(input: CapturePaymentInput) {
    const data = (input.data ?? {}) as MidtransSessionData
    // Money moves at Midtrans when the buyer pays; a capture only records it, and only once it is there.
    const transaction = await this.transactionOf(data)
    if (!transaction || !isPaid(transaction)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Pembeli belum membayar pesanan ini di Midtrans: pembayaran dicatat otomatis setelah lunas.")
    }
    return { data: { ...data, transaction_status: transaction.transaction_status, payment_type: transaction.payment_type } }
  }

  async cancelPayment(input: CancelPaymentInput) {
    const data = (input.data ?? {}) as MidtransSessionData
    const status = data.order_id ? await closeUnpaidTransaction(this.midtrans_, data.order_id) : undefined
    return { data: { ...data, transaction_status: status } }
  }

  /**
   * Gives `amount` back through Midtrans, unless Midtrans already has (someone
   * refunded in its dashboard and the notification is being recorded here):
   * the payment's data keeps the rupiah recorded so far, and only what
   * Midtrans has not yet given back is asked of it.
   */
  async refundPayment(input: RefundPaymentInput) {
    const data = (input.data ?? {}) as MidtransSessionData
    const recorded = Number(data.refunded_amount ?? 0)
    const amount = wholeRupiah(input.amount)
    if (refundedAt(await this.transactionOf(data)) >= recorded + amount) return { data: { ...data, refunded_amount: recorded + amount } }
    try {
      await this.midtrans_.core.transaction.refund(String(data.order_id), { amount, reason: "Pengembalian dana Pasar Desa" })
    } catch (error) {
      // Virtual accounts and some QRIS issuers cannot be refunded through Midtrans: the centre transfers it back.
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Midtrans tidak dapat mengembalikan dana ${data.payment_type ?? ""} ini; kembalikan lewat transfer bank lalu catat manual. (${(error as Error).message})`
      )
    }
    return { data: { ...data, refunded_amount: recorded + amount } }
  }

  async deletePayment(input: DeletePaymentInput) {
    return { data: input.data ?? {} }
  }

  async retrievePayment(input: RetrievePaymentInput) {
    const data = (input.data ?? {}) as MidtransSessionData
    const transaction = await this.transactionOf(data)
    return { data: { ...data, transaction_status: transaction?.transaction_status } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput) {
    const data = (input.data ?? {}) as MidtransSessionData
    const transaction = await this.transactionOf(data)
    return { status: sessionStatusOf(transaction), data }
  }

  async getWebhookActionAndData({ data: notification }: ProviderWebhookPayload["payload"]) {
    const claimed = notification as Partial<SignedNotification>
    if (!claimed.order_id || !isSignedBy(claimed as SignedNotification, this.options_.serverKey)) {
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    // The body says which transaction; Midtrans' status API says what happened to it.
    const transaction = await transactionOf(this.midtrans_, claimed.order_id)
    if (!transaction) return { action: PaymentActions.NOT_SUPPORTED }
    return {
      action: webhookActionOf(transaction),
      data: { session_id: sessionIdOf(transaction.order_id), amount: rupiahOf(transaction.gross_amount) },
    }
  }
}
