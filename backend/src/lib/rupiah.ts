/** An amount as a buyer reads it in a message: "Rp 28.000" (rupiah have no cents). */
export const formatRupiah = (amount: number) => `Rp ${new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 }).format(amount)}`
