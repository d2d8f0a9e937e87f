/** A form field's text, trimmed; an absent field reads as "". */
export const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/**
 * A whole number as people here type it: plain digits, or grouped by thousands
 * with dots or spaces ("28.000", "1 500"). Anything else ("1.5", "1,5", "28.00")
 * is NaN, which the backend refuses by name: a price is never read as 28 when
 * 28.000 was meant, nor a half read as five.
 */
export function whole(value: string): number {
  const typed = value.trim()
  if (/^-?\d+$/.test(typed)) return Number(typed)
  if (/^-?\d{1,3}(?:[. ]\d{3})+$/.test(typed)) return Number(typed.replace(/[. ]/g, ""))
  return Number.NaN
}
