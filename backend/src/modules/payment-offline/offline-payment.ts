import { randomUUID } from "node:crypto"
import { AbstractPaymentProvider, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  CancelPaymentInput,
  CapturePaymentInput,
  DeletePaymentInput,
  GetPaymentStatusInput,
  InitiatePaymentInput,
  RefundPaymentInput,
  RetrievePaymentInput,
  UpdatePaymentInput,
} from "@medusajs/framework/types"
import { wholeRupiah } from "../../lib/rupiah"

/**
 * Money that reaches the centre outside any gateway (a bank transfer, cash at
 * the door): placing the order authorizes it, and a coordinator captures it in
 * the admin once the money is there. Nothing is called outside Medusa.
 */
export abstract class OfflinePaymentProvider<Options = Record<string, unknown>> extends AbstractPaymentProvider<Options> {
  /** What the buyer needs to pay: kept on the session and the payment, shown on the order page. */
  protected abstract instructions(input: InitiatePaymentInput): Record<string, unknown>

  async initiatePayment(input: InitiatePaymentInput) {
    const data: Record<string, unknown> = { ...this.instructions(input), amount: wholeRupiah(input.amount), currency_code: input.currency_code }
    return { id: String(data.reference ?? randomUUID()), data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput) {
    return { data: { ...input.data, amount: wholeRupiah(input.amount), currency_code: input.currency_code } }
  }

  async authorizePayment(input: AuthorizePaymentInput) {
    return { data: input.data ?? {}, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment(input: CapturePaymentInput) {
    return { data: { ...input.data, paid_at: new Date().toISOString() } }
  }

  async cancelPayment(input: CancelPaymentInput) {
    return { data: { ...input.data, canceled_at: new Date().toISOString() } }
  }

  async refundPayment(input: RefundPaymentInput) {
    // The coordinator returns the money by hand; the payment keeps what was owed back.
    return { data: { ...input.data, refunded_amount: Number(input.data?.refunded_amount ?? 0) + wholeRupiah(input.amount) } }
  }

  async deletePayment(input: DeletePaymentInput) {
    return { data: input.data ?? {} }
  }

  async retrievePayment(input: RetrievePaymentInput) {
    return { data: input.data ?? {} }
  }

  async getPaymentStatus(input: GetPaymentStatusInput) {
    return { status: input.data?.paid_at ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED, data: input.data ?? {} }
  }

  async getWebhookActionAndData() {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
