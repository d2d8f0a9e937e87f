/**
 * Pre-orders: while a product's harvest is upcoming, buyers may order more
 * than is on the shelf, up to the forecast. The forecast is in the harvest's
 * unit (kg, ton, or counted: buah, ikat, tandan); a variant's items are
 * converted by their weight, so "40 kg" takes eighty 500 g packs or forty 1 kg ones.
 */

/** How much of the forecast one item takes: its weight for kg and ton, one for counted units (and for items without a weight). */
export function forecastPerItem(unit: string, weightGrams: number | null | undefined): number {
  if (unit === "kg") return weightGrams ? weightGrams / 1000 : 1
  if (unit === "ton") return weightGrams ? weightGrams / 1_000_000 : 0.001
  return 1
}

/** Items pre-ordered at a stock level: what is reserved beyond the stock on hand. */
export const preorderedItems = (stocked: number, reserved: number) => Math.max(0, reserved - stocked)

/** "6 kg", "2,5 kg": the Indonesian way, at most two decimals. */
export const formatForecast = (amount: number, unit: string) => `${new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }).format(amount)} ${unit}`

/** Floating point leaves 39.99999 after 80 × 0.5: compare and show forecasts at a thousandth. */
export const roundForecast = (amount: number) => Math.round(amount * 1000) / 1000
