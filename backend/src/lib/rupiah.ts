import { BigNumber } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/** An amount as a buyer reads it in a message: "Rp 28.000" (rupiah have no cents). */
export const formatRupiah = (amount: number) => `Rp ${new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 }).format(amount)}`

/**
 * Whole rupiah of an amount as Medusa hands it to a payment provider: a number,
 * a numeric string, a BigNumber, or a raw `{ value, precision }`. `Number()` of
 * the raw form is NaN, which a gateway reads as "everything" (a partial refund
 * would give the whole payment back).
 */
export const wholeRupiah = (amount: BigNumberInput) => Math.round(new BigNumber(amount).numeric)
