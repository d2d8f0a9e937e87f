import type { APIContext } from "astro"
import { forgetAddress } from "./saved-addresses.server"
import { changeFavourites, HANDLE } from "./wishlist.server"
import { endSession, loginCustomer, sessionToken, registerCustomer, requestPasswordReset, setNewPassword, startSession } from "./account.server"
import { secureCookies, visitorAddressOf } from "./http/request-origin.server"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const accountPath = (context: Pick<APIContext, "currentLocale">, path = "") => `${context.currentLocale === "en" ? "/en/akun" : "/akun"}${path}`

function toAccount(context: APIContext, problem?: string) {
  return context.redirect(problem ? `${accountPath(context)}?galat=${problem}` : accountPath(context), 303)
}

/** Passwords a buyer chooses: as many characters as registration asks for. */
export const MIN_PASSWORD_LENGTH = 8

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

export async function login(context: APIContext) {
  const form = await context.request.formData().catch(() => new FormData())
  const email = field(form, "email").toLowerCase()
  const password = String(form.get("password") ?? "")
  if (!EMAIL.test(email) || !password) {
    return toAccount(context, "login_invalid")
  }
  try {
    startSession(context.cookies, await loginCustomer(email, password, visitorAddressOf(context)), secureCookies(context))
    return toAccount(context)
  } catch {
    // The same answer for an unknown email and a wrong password.
    return toAccount(context, "login_failed")
  }
}

export async function register(context: APIContext) {
  const form = await context.request.formData().catch(() => new FormData())
  const input = {
    email: field(form, "email").toLowerCase(),
    password: String(form.get("password") ?? ""),
    first_name: field(form, "first_name"),
    last_name: field(form, "last_name"),
  }
  if (
    !EMAIL.test(input.email) ||
    input.password.length < MIN_PASSWORD_LENGTH ||
    !input.first_name ||
    input.first_name.length > 80 ||
    input.last_name.length > 80
  ) {
    return toAccount(context, "register_invalid")
  }
  try {
    startSession(context.cookies, await registerCustomer(input, visitorAddressOf(context)), secureCookies(context))
    return toAccount(context)
  } catch {
    return toAccount(context, "register_failed")
  }
}

export function logout(context: APIContext) {
  endSession(context.cookies)
  return toAccount(context)
}

/**
 * POST /akun/lupa-sandi: sends the reset link. One answer whether the email has an account or
 * not, so the form cannot be used to find out who shops here.
 */
export async function askPasswordReset(context: APIContext) {
  const form = await context.request.formData().catch(() => new FormData())
  const email = field(form, "email").toLowerCase()
  const back = (query: string) => context.redirect(`${accountPath(context, "/lupa-sandi")}?${query}`, 303)
  if (!EMAIL.test(email)) return back("galat=reset_invalid")
  try {
    await requestPasswordReset(email, visitorAddressOf(context))
    return back("terkirim=1")
  } catch (error) {
    return back(`galat=${(error as { status?: number }).status === 429 ? "reset_throttled" : "reset_failed"}`)
  }
}

/**
 * POST /akun/atur-ulang-sandi: the new password with the emailed token, which travels in a hidden
 * field so a refusal comes back to the same link. Then the buyer is signed in with it.
 */
export async function chooseNewPassword(context: APIContext) {
  const form = await context.request.formData().catch(() => new FormData())
  const token = String(form.get("token") ?? "")
  const email = field(form, "email").toLowerCase()
  const password = String(form.get("password") ?? "")
  const back = (problem: string) =>
    context.redirect(`${accountPath(context, "/atur-ulang-sandi")}?${new URLSearchParams({ token, email, galat: problem })}`, 303)
  if (!token) return back("reset_link")
  if (password.length < MIN_PASSWORD_LENGTH) return back("reset_short")
  if (password !== String(form.get("password_repeat") ?? "")) return back("reset_mismatch")
  try {
    await setNewPassword(token, password)
  } catch (error) {
    const status = (error as { status?: number }).status ?? 500
    return back(status >= 400 && status < 500 ? "reset_link" : "reset_failed")
  }
  try {
    startSession(context.cookies, await loginCustomer(email, password, visitorAddressOf(context)), secureCookies(context))
    return context.redirect(`${accountPath(context)}?sandi=baru`, 303)
  } catch {
    return context.redirect(`${accountPath(context)}?sandi=disimpan`, 303)
  }
}

/** POST /akun/alamat/hapus: takes a saved address off the signed-in buyer's account. */
export async function removeSavedAddress(context: APIContext) {
  const token = sessionToken(context.cookies)
  if (!token) return toAccount(context)
  const form = await context.request.formData().catch(() => new FormData())
  try {
    await forgetAddress(token, String(form.get("address_id") ?? ""))
    return context.redirect(`${accountPath(context)}?alamat=dihapus#alamat`, 303)
  } catch {
    return toAccount(context, "address_failed")
  }
}

/**
 * POST /akun/favorit/ubah: saves a product to the signed-in buyer's favourites ("tambah") or takes
 * it off. Product pages are cached for everyone and cannot say whether this buyer saved it, so the
 * buyer lands on their favourites, which say what changed. Signed out, the account page asks first.
 */
export async function changeFavourite(context: APIContext) {
  const token = sessionToken(context.cookies)
  if (!token) return toAccount(context, "wishlist_login")
  const form = await context.request.formData().catch(() => new FormData())
  const handle = field(form, "produk")
  const add = form.get("aksi") === "tambah"
  if (!HANDLE.test(handle)) return context.redirect(`${accountPath(context, "/favorit")}?galat=wishlist_failed`, 303)
  try {
    await changeFavourites(token, handle, add)
    return context.redirect(`${accountPath(context, "/favorit")}?${add ? "disimpan" : "dihapus"}=${handle}`, 303)
  } catch {
    return context.redirect(`${accountPath(context, "/favorit")}?galat=wishlist_failed`, 303)
  }
}
