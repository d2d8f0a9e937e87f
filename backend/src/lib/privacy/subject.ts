import { createHash } from "node:crypto"

/** An email as the shop compares it: trimmed, lower case. */
export const normalisedEmail = (email: string) => email.trim().toLowerCase()

/** "siti@contoh.id" → "s***@contoh.id": enough for a coordinator to tell requests apart, not to read the address. */
export function maskedEmail(email: string) {
  const [name, domain] = normalisedEmail(email).split("@")
  return `${name.slice(0, 1)}***@${domain ?? ""}`
}

/** SHA-256 of the normalised email: the record of an erasure keeps this, never the address. */
export const emailHash = (email: string) => createHash("sha256").update(normalisedEmail(email)).digest("hex")

/** What an erased buyer's email becomes: unique (Medusa keeps customer emails unique), and undeliverable by design (.invalid). */
export const erasedEmail = (requestId: string) => `terhapus-${requestId.slice(-10).toLowerCase()}@pasardesa.invalid`

/** The words that take the place of an erased buyer's name, phone and street in customers, carts and orders. */
export const ERASED = { first_name: "Terhapus", last_name: "", phone: "", company: "", address_1: "Terhapus", address_2: "" } as const

/** A LIKE pattern that matches the email itself only: `_` and `%` are ordinary characters of an address. */
export const exactLike = (email: string) => normalisedEmail(email).replace(/[\\%_]/g, (character) => `\\${character}`)
