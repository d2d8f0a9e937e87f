import type { InitiatePaymentInput } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { OfflinePaymentProvider } from "./offline-payment"
import { transferReference } from "./reference"

export type BankTransferOptions = { account: { bank: string; number: string; holder: string } | null; hours_to_pay: number }

/** Transfer to the OK OCE centre's account: the buyer gets the account, the exact amount and a reference. */
export class BankTransferProvider extends OfflinePaymentProvider<BankTransferOptions> {
  static identifier = "bank-transfer"

  // Medusa constructs providers itself; the base constructor is protected.
  constructor(cradle: Record<string, unknown>, options: BankTransferOptions) {
    super(cradle, options)
  }

  protected instructions(_input: InitiatePaymentInput) {
    if (!this.config.account) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Transfer bank belum tersedia: rekening Pusat OK OCE belum diatur.")
    return { method: "bank_transfer", reference: transferReference(), account: this.config.account, hours_to_pay: this.config.hours_to_pay }
  }
}
