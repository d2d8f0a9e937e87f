import { text, whole } from "./form-fields"

/**
 * The quantity the producer typed, with the one the page showed: an untouched
 * quantity is not sent at all (a threshold save must not write back an old
 * number), and a changed one is refused by the backend if stock moved meanwhile.
 */
export function typedQuantity(form: FormData) {
  const stocked_quantity = whole(text(form, "stocked_quantity"))
  const shown = text(form, "expected_quantity")
  if (shown === "") return { stocked_quantity }
  const expected_quantity = whole(shown)
  return stocked_quantity === expected_quantity ? {} : { stocked_quantity, expected_quantity }
}
