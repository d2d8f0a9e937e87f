/** What the order page says after a receipt upload; only these words travel in `?bukti=`, so no text of a stranger's link reaches the page. */
export const RECEIPT_OUTCOMES = ["terkirim", "kosong", "bukan_foto", "terlalu_besar", "ditolak"] as const
export type ReceiptOutcome = (typeof RECEIPT_OUTCOMES)[number]

/** The outcome named in the address, or nothing for anything else. */
export const receiptOutcomeOf = (said: string | null): ReceiptOutcome | undefined => RECEIPT_OUTCOMES.find((known) => known === said)
