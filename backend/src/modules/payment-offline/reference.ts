import { randomInt } from "node:crypto"

// No 0/O or 1/I: a buyer copies the reference by hand into a bank app's transfer note.
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"

/** A short code the buyer writes in the transfer's note, so a coordinator can match the money to the order. */
export function transferReference() {
  return `PD-${Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")}`
}
