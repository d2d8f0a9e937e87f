import type { AstroCookies } from "astro"
import { ADDRESS_FIELDS, type AddressForm } from "./checkout"

const DRAFT_COOKIE = "pd_checkout_draft"
/** Long enough to fix a field on a slow phone, short enough not to linger on a shared one. */
const DRAFT_MINUTES = 30

/**
 * What the buyer typed in the address step when it was refused, kept so the
 * form comes back filled (eight fields to retype on a phone was the
 * alternative). Only this shop's checkout reads it, and only for the form.
 */
export function keepAddressDraft(cookies: AstroCookies, form: FormData, secure: boolean) {
  const draft = Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, String(form.get(name) ?? "").slice(0, 200)]))
  cookies.set(DRAFT_COOKIE, JSON.stringify(draft), { path: "/", httpOnly: true, sameSite: "strict", secure, maxAge: DRAFT_MINUTES * 60 })
}

export function addressDraft(cookies: AstroCookies): Partial<AddressForm> | null {
  try {
    const parsed = JSON.parse(cookies.get(DRAFT_COOKIE)?.value ?? "null") as Record<string, unknown> | null
    if (!parsed || typeof parsed !== "object") return null
    return Object.fromEntries(ADDRESS_FIELDS.flatMap((name) => (typeof parsed[name] === "string" ? [[name, parsed[name] as string]] : [])))
  } catch {
    return null
  }
}

export function dropAddressDraft(cookies: AstroCookies) {
  cookies.delete(DRAFT_COOKIE, { path: "/" })
}
