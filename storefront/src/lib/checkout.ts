/** Pure checkout form handling: what a buyer typed, checked field by field. */

export type CheckoutForm = {
  email: string
  first_name: string
  last_name: string
  phone: string
  address_1: string
  desa: string
  kecamatan: string
  kabupaten: string
  provinsi: string
  postal_code: string
  shipping_option_id: string
}

export const CHECKOUT_FIELDS = ["email", "first_name", "last_name", "phone", "address_1", "desa", "kecamatan", "kabupaten", "provinsi", "postal_code", "shipping_option_id"] as const

const RULES: Record<keyof CheckoutForm, RegExp> = {
  email: /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/,
  first_name: /^.{1,80}$/,
  last_name: /^.{0,80}$/,
  phone: /^(\+62|62|0)8\d{7,11}$/,
  address_1: /^.{5,200}$/,
  desa: /^.{2,80}$/,
  kecamatan: /^.{2,80}$/,
  kabupaten: /^.{2,80}$/,
  provinsi: /^.{2,80}$/,
  postal_code: /^\d{5}$/,
  shipping_option_id: /^so_[0-9A-Z]{10,40}$/,
}

/** Every field checked at once, so the buyer sees all that is wrong in one go. */
export function parseCheckoutForm(form: FormData): { ok: true; data: CheckoutForm } | { ok: false; invalid: Array<keyof CheckoutForm> } {
  const data = Object.fromEntries(
    CHECKOUT_FIELDS.map((name) => [name, String(form.get(name) ?? "").trim().replace(name === "phone" ? /[\s-]/g : /(?!)/, "")])
  ) as CheckoutForm
  const invalid = CHECKOUT_FIELDS.filter((name) => !RULES[name].test(data[name]))
  return invalid.length ? { ok: false, invalid } : { ok: true, data: { ...data, email: data.email.toLowerCase() } }
}
