/** The OK OCE fee on a sale of `amount` rupiah, in whole rupiah: `basisPoints` of 10,000 (250 = 2.5%). */
export const feeOn = (amount: number, basisPoints: number) => Math.round((amount * basisPoints) / 10_000)

/** "2,5" from 250 basis points, written as Indonesians write it. */
export const percentOf = (basisPoints: number) => new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }).format(basisPoints / 100)
