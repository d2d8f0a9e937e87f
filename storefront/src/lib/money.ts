const rupiah = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
})

/**
 * Formats an amount in rupiah the way Indonesian shoppers read it: "Rp 25.000".
 * Medusa stores IDR amounts in whole rupiah, so no conversion is needed.
 */
export function formatRupiah(amount: number): string {
  return rupiah.format(amount)
}
