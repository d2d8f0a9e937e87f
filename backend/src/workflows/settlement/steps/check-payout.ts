import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { formatRupiah } from "../../../lib/rupiah"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export type PayoutInput = { producer_id: string; amount: number; reference: string; paid_on: string; actor_id: string }

export const payoutSourceKey = (input: Pick<PayoutInput, "producer_id" | "reference">) => `payout:${input.producer_id}:${input.reference}`

export const checkPayoutStepId = "check-payout"

/**
 * A payout goes only to a bank account a coordinator confirmed, and never
 * takes a producer below zero. The same reference recorded
 * again (a double tap, a retried request) passes: it was already checked, and
 * writing it again changes nothing.
 */
export const checkPayoutStep = createStep(checkPayoutStepId, async (input: PayoutInput, { container }) => {
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const [recorded] = await settlement.listSettlementEntries({ source_key: payoutSourceKey(input) }, { select: ["id"] })
  if (recorded) return new StepResponse({ already_recorded: true })
  const [account] = await settlement.listPayoutAccounts({ producer_id: input.producer_id }, { select: ["confirmed_at"] })
  if (!account?.confirmed_at) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      account
        ? "Rekening produsen belum dikonfirmasi koordinator: periksa nama pemilik rekening, konfirmasi, lalu catat pembayarannya."
        : "Produsen belum mengisi rekening bank untuk pembayaran: minta produsen mengisinya di panel (halaman Saldo)."
    )
  }
  const balance = (await settlement.balancesOf([input.producer_id])).get(input.producer_id) ?? 0
  if (input.amount > balance) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Pembayaran ${formatRupiah(input.amount)} melebihi saldo produsen ${formatRupiah(balance)}: catat paling banyak sebesar saldonya.`
    )
  }
  return new StepResponse({ already_recorded: false })
})
