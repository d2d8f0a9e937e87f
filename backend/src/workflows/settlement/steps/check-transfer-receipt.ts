import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { readOrderMoney } from "../../../lib/settlement/read-order-money"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

/** A buyer who sends more than this is not showing a receipt; the coordinator needs one good photo. */
export const MOST_RECEIPTS_PER_ORDER = 3

export const checkTransferReceiptStepId = "check-transfer-receipt"

/**
 * A receipt belongs to an order waiting for its bank transfer: not one paid
 * another way, already paid, or cancelled, and not a fourth photo.
 */
export const checkTransferReceiptStep = createStep(checkTransferReceiptStepId, async (input: { order_id: string }, { container }) => {
  const view = await readOrderMoney(container, input.order_id)
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Pesanan tidak ditemukan / order not found")
  if (view.payment?.method !== "bank_transfer") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Bukti transfer hanya untuk pesanan yang dibayar dengan transfer bank / only for bank transfer orders"
    )
  }
  if (view.money?.canceled) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Pesanan ini sudah dibatalkan / this order was cancelled")
  if (view.money?.paid) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Pembayaran pesanan ini sudah diterima / this order is already paid")
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const [, count] = await settlement.listAndCountTransferReceipts({ order_id: input.order_id }, { select: ["id"] })
  if (count >= MOST_RECEIPTS_PER_ORDER) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Paling banyak ${MOST_RECEIPTS_PER_ORDER} foto bukti per pesanan / at most ${MOST_RECEIPTS_PER_ORDER} receipts per order`
    )
  }
  return new StepResponse(null)
})
