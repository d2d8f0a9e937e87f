import { randomInt } from "node:crypto"

// No 0/O or 1/I: a buyer copies the reference by hand into a bank app's transfer note.
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"

/** A short code the buyer writes in the transfer's note, so a coordinator can match the money to the order. */
export function transferReference() {
  return `PD-${Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")}`
}

/**
 * A reference as a coordinator types it from a bank statement ("pd abc234",
 * "PDABC234 ", "pd-abc234") in the form it was issued, or null when it
 * cannot be one: banks drop the dash or change the case of a transfer note.
 */
export function normaliseTransferReference(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]/g, "")
  const code = compact.startsWith("PD") ? compact.slice(2) : compact
  return new RegExp(`^[${ALPHABET}]{6}$`).test(code) ? `PD-${code}` : null
}
