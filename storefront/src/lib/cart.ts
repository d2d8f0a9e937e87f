/** Pure cart input handling, shared by the form endpoints and their tests. */

export const MAX_QUANTITY = 99

export type CartInputError = "bad_variant" | "bad_quantity" | "bad_line"

/** A quantity a person typed: a whole number from `min` to 99; anything else is refused, not rounded. */
export function parseQuantity(raw: FormDataEntryValue | null, min = 1): number | CartInputError {
  const text = typeof raw === "string" ? raw.trim() : ""
  if (!/^\d{1,3}$/.test(text)) {
    return "bad_quantity"
  }
  const quantity = Number(text)
  return quantity < min || quantity > MAX_QUANTITY ? "bad_quantity" : quantity
}

/** Medusa ids of the kind expected (variant_…, cali_…); anything else never reaches the backend. */
export function parseId(raw: FormDataEntryValue | null, prefix: string, error: CartInputError): string | CartInputError {
  const text = typeof raw === "string" ? raw.trim() : ""
  return new RegExp(`^${prefix}_[0-9A-Z]{10,40}$`).test(text) ? text : error
}
