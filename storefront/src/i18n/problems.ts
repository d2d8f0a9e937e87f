import { translator, type Locale } from "./index"
import type { MessageKey } from "./id"

/**
 * What the red box on a page may say. A form that fails redirects with `?galat=<code>`; the
 * page shows the fixed text of that code, never text from the address (anyone can send a link
 * with any text in it: "Transfer Rp 500.000 ke ..." in the shop's own error box would be a
 * ready-made scam). An unknown code shows nothing.
 */
const PROBLEMS = {
  cart: {
    bad_quantity: "cart.error.bad_quantity",
    bad_variant: "cart.error.bad_variant",
    bad_line: "cart.error.bad_line",
    out_of_stock: "problem.out_of_stock",
    busy: "problem.busy",
    overloaded: "problem.overloaded",
    refused: "cart.refused",
  },
  checkout: { out_of_stock: "problem.out_of_stock", busy: "problem.busy", overloaded: "problem.overloaded", refused: "checkout.refused" },
  order: {
    cancel_reason: "order.cancel.error.reason",
    cancel_refused: "order.cancel.error.refused",
    cancel_link: "order.cancel.error.link",
    overloaded: "problem.overloaded",
    refused: "order.cancel.error.failed",
    review_stars: "review.error.stars",
    review_long: "review.error.long",
    review_refused: "review.error.refused",
    review_failed: "review.error.failed",
  },
  product: {
    stock_alert_email: "stockAlert.error.email",
    stock_alert_in_stock: "stockAlert.error.inStock",
    stock_alert_many: "stockAlert.error.many",
    stock_alert_failed: "stockAlert.error.failed",
  },
  account: {
    login_invalid: "account.error.login_invalid",
    login_failed: "account.error.login_failed",
    register_invalid: "account.error.register_invalid",
    register_failed: "account.error.register_failed",
    reset_invalid: "account.error.reset_invalid",
    reset_throttled: "account.error.reset_throttled",
    reset_failed: "account.error.reset_failed",
    reset_link: "account.error.reset_link",
    reset_short: "account.error.reset_short",
    reset_mismatch: "account.error.reset_mismatch",
    address_failed: "account.error.address_failed",
    wishlist_login: "account.error.wishlist_login",
    wishlist_failed: "account.error.wishlist_failed",
    review_login: "account.error.review_login",
  },
} satisfies Record<string, Record<string, MessageKey>>

export type ProblemPage = keyof typeof PROBLEMS

/** Form fields a checkout step may name in `fields:a,b`, with their labels. */
const FIELD_LABELS: Record<string, MessageKey> = {
  email: "account.email",
  first_name: "account.firstName",
  last_name: "account.lastName",
  phone: "checkout.phone",
  address_1: "checkout.street",
  desa: "checkout.desa",
  kecamatan: "checkout.kecamatan",
  kabupaten: "checkout.kabupaten",
  provinsi: "checkout.provinsi",
  postal_code: "checkout.postalCode",
  shipping_option_id: "checkout.shipping",
  payment_method: "checkout.payment",
}

/** What a field with a format expects, shown beside it in the form and in the message that names it. */
export const FIELD_HINTS: Record<string, MessageKey> = {
  email: "checkout.hint.email",
  phone: "checkout.hint.phone",
  postal_code: "checkout.hint.postalCode",
}

export function problemMessage(locale: Locale, page: ProblemPage, code: string | null): string | null {
  if (!code) return null
  const t = translator(locale)
  if (page === "checkout" && code.startsWith("fields:")) {
    const named = code
      .slice(7)
      .split(",")
      .filter((field) => Object.hasOwn(FIELD_LABELS, field))
    // A field with a format says what is expected, not only that it is wrong.
    const labels = [
      ...new Set(named.map((field) => (Object.hasOwn(FIELD_HINTS, field) ? `${t(FIELD_LABELS[field])} (${t(FIELD_HINTS[field])})` : t(FIELD_LABELS[field])))),
    ]
    return labels.length ? t("checkout.invalid", { fields: labels.join(", ") }) : null
  }
  const table: Record<string, MessageKey> = PROBLEMS[page]
  return Object.hasOwn(table, code) ? t(table[code]) : null
}

/** The out-of-stock box naming each product and what its shelf still holds, or null to fall back to the plain text. */
export function stockMessage(locale: Locale, shortfalls: Array<{ name: string; left: number }>): string | null {
  if (!shortfalls.length) return null
  const t = translator(locale)
  return shortfalls.map(({ name, left }) => (left > 0 ? t("problem.stock_left", { name, left }) : t("problem.stock_gone", { name }))).join(" ")
}
