import type { APIContext } from "astro"
import { endSession, loginCustomer, registerCustomer, startSession } from "./account.server"
import { secureCookies, visitorAddressOf } from "./http/request-origin.server"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function toAccount(context: APIContext, problem?: string) {
  const base = context.currentLocale === "en" ? "/en/akun" : "/akun"
  return context.redirect(problem ? `${base}?galat=${problem}` : base, 303)
}

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
  if (!EMAIL.test(input.email) || input.password.length < 8 || !input.first_name || input.first_name.length > 80 || input.last_name.length > 80) {
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
