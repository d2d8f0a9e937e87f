import type { IInventoryService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Marks the 409 of a stale stock form, so the busy-lock translation (busy-conflict.ts) leaves its message alone. */
export const STALE_STOCK_CODE = "stale_stock"

export type StockChange = {
  inventory_item_id: string
  /** A new counted quantity, or nothing when only the threshold changes. */
  stocked_quantity?: number
  /** What the producer's page showed when they typed the new quantity. */
  expected_quantity?: number
  /** A relative +/- change instead of a counted quantity. */
  delta?: number
}

export type CheckStockChangesInput = { location_id: string; changes: StockChange[] }

export const checkStockChangesStepId = "check-stock-changes"

/**
 * Decides against the stock as it is now, not as the page showed it: a
 * quantity typed over an old number (an order was packed in another tab) is
 * refused with the current one, and no change may leave less on the shelf
 * than buyers have already ordered. Raising stock that pre-orders already
 * exceed stays allowed: it only makes things better.
 */
export const checkStockChangesStep = createStep(checkStockChangesStepId, async (input: CheckStockChangesInput, { container }) => {
  const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
  const itemIds = input.changes.map((change) => change.inventory_item_id)
  const levels = await inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id: input.location_id })
  for (const change of input.changes) {
    const level = levels.find((candidate) => candidate.inventory_item_id === change.inventory_item_id)
    const current = Number(level?.stocked_quantity ?? 0)
    const reserved = Number(level?.reserved_quantity ?? 0)
    if (change.stocked_quantity !== undefined && change.expected_quantity !== undefined && change.expected_quantity !== current) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `stocked_quantity: stok sudah berubah menjadi ${current} sejak halaman dibuka (tadi ${change.expected_quantity}), misalnya karena pesanan dikemas. Periksa angkanya lalu simpan lagi. / stock is now ${current}, not ${change.expected_quantity}`,
        STALE_STOCK_CODE
      )
    }
    const next = change.stocked_quantity ?? current + (change.delta ?? 0)
    if (next < 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `delta: stok tinggal ${current}, tidak bisa dikurangi ${current - next} / stock cannot go below zero`
      )
    }
    if (next < reserved && next < current) {
      const field = change.delta === undefined ? "stocked_quantity" : "delta"
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field}: ${reserved} sudah dipesan pembeli dan belum dikirim, jadi stok tidak boleh kurang dari ${reserved} / ${reserved} already reserved by orders`
      )
    }
  }
  return new StepResponse(undefined)
})
