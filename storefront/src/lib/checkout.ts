/** Pure checkout form handling: what a buyer typed, checked field by field. */

export type AddressForm = {
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
}

/** How the buyer pays: each maps to one of the backend's payment providers. */
export const PAYMENT_METHODS = {
  transfer: "pp_bank-transfer_okoce",
  /** QRIS, bank virtual accounts and e-wallets on Midtrans' Snap page, paid after the order is placed. */
  midtrans: "pp_midtrans_midtrans",
  cod: "pp_cod_okoce",
  card: "pp_stripe_stripe",
} as const
export type PaymentMethod = keyof typeof PAYMENT_METHODS

export type DeliveryForm = { shipping_option_id: string; payment_method: PaymentMethod }

export const ADDRESS_FIELDS = ["email", "first_name", "last_name", "phone", "address_1", "desa", "kecamatan", "kabupaten", "provinsi", "postal_code"] as const

const ADDRESS_RULES: Record<keyof AddressForm, RegExp> = {
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
}

type Parsed<T> = { ok: true; data: T } | { ok: false; invalid: Array<keyof T> }

/** Every field checked at once, so the buyer sees all that is wrong in one go. */
export function parseAddressForm(form: FormData): Parsed<AddressForm> {
  const data = Object.fromEntries(
    ADDRESS_FIELDS.map((name) => [
      name,
      String(form.get(name) ?? "")
        .trim()
        .replace(name === "phone" ? /[\s-]/g : /(?!)/, ""),
    ])
  ) as AddressForm
  const invalid = ADDRESS_FIELDS.filter((name) => !ADDRESS_RULES[name].test(data[name]))
  return invalid.length ? { ok: false, invalid } : { ok: true, data: { ...data, email: data.email.toLowerCase() } }
}

export function parseDeliveryForm(form: FormData): Parsed<DeliveryForm> {
  const shipping_option_id = String(form.get("shipping_option_id") ?? "")
  const payment_method = String(form.get("payment_method") ?? "")
  const invalid: Array<keyof DeliveryForm> = []
  if (!/^so_[0-9A-Z]{10,40}$/.test(shipping_option_id)) invalid.push("shipping_option_id")
  if (!Object.hasOwn(PAYMENT_METHODS, payment_method)) invalid.push("payment_method")
  return invalid.length ? { ok: false, invalid } : { ok: true, data: { shipping_option_id, payment_method: payment_method as PaymentMethod } }
}

/** The cart's address as Medusa keeps it: desa and kecamatan in the second line for people, in metadata for the courier's tariff. */
export function cartAddress(form: AddressForm) {
  return {
    first_name: form.first_name,
    last_name: form.last_name,
    phone: form.phone,
    address_1: form.address_1,
    address_2: `Desa ${form.desa}, Kecamatan ${form.kecamatan}`,
    city: form.kabupaten,
    province: form.provinsi,
    postal_code: form.postal_code,
    country_code: "id",
    metadata: { desa: form.desa, kecamatan: form.kecamatan },
  }
}
