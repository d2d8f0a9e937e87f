import type { Context } from "./actions.server"
import { loginProducer, PanelError } from "./api.server"
import { requestPasswordReset, setNewPassword } from "./password.server"
import { isPending, WAITING_PAGE } from "./guard.server"
import { seeOther, setFlash, startPanelSession } from "./session.server"
import { secureCookies, visitorAddressOf } from "../http/request-origin.server"

/** Medusa sets no rule of its own for a producer's password; the panel asks for at least this many characters. */
export const MIN_PASSWORD_LENGTH = 8

/** One answer whether the email belongs to a producer or not, so the form cannot be used to find accounts. */
export const RESET_REQUESTED =
  "Bila email itu terdaftar sebagai produsen, tautan untuk mengatur ulang kata sandi sudah dikirim ke sana. Periksa kotak masuk email Anda."

const failure = (error: unknown, fallback: string) => (error instanceof PanelError ? error.message : fallback)

export async function requestResetAction(context: Context & { clientAddress?: string }) {
  const form = await context.request.formData().catch(() => new FormData())
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase()
  const secure = secureCookies(context)
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
    setFlash(context.cookies, { kind: "galat", text: "Email: isi alamat email yang benar, contoh: nama@gmail.com." }, secure)
    return seeOther("/panel/lupa-sandi")
  }
  try {
    await requestPasswordReset(email, visitorAddressOf(context))
    setFlash(context.cookies, { kind: "ok", text: RESET_REQUESTED }, secure)
  } catch (error) {
    setFlash(context.cookies, { kind: "galat", text: failure(error, "Permintaan gagal dikirim. Coba lagi.") }, secure)
  }
  return seeOther("/panel/lupa-sandi")
}

/** The token travels in a hidden field, so a refusal comes back to the same link and the producer can try again. */
export async function setPasswordAction(context: Context & { clientAddress?: string }) {
  const form = await context.request.formData().catch(() => new FormData())
  const token = String(form.get("token") ?? "")
  const password = String(form.get("password") ?? "")
  const repeat = String(form.get("password_repeat") ?? "")
  const secure = secureCookies(context)
  const email = String(form.get("email") ?? "")
  const back = `/panel/atur-ulang-sandi?token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`
  const refuse = (text: string) => {
    setFlash(context.cookies, { kind: "galat", text }, secure)
    return seeOther(back)
  }
  if (!token) return refuse("Tautan ini tidak lengkap. Minta tautan baru di halaman Lupa kata sandi.")
  if (password.length < MIN_PASSWORD_LENGTH) return refuse(`password: kata sandi paling sedikit ${MIN_PASSWORD_LENGTH} huruf.`)
  if (password !== repeat) return refuse("Ulangi kata sandi: kedua kata sandi tidak sama.")
  try {
    await setNewPassword(token, password)
  } catch (error) {
    return refuse(failure(error, "Kata sandi gagal disimpan. Coba lagi."))
  }
  // The emailed link names the account too: sign the producer straight in with the new password.
  try {
    if (!email) throw new PanelError("no email in the link", 400)
    const session = await loginProducer(email.trim().toLowerCase(), password, visitorAddressOf(context))
    startPanelSession(context.cookies, session, secure)
    setFlash(context.cookies, { kind: "ok", text: "Kata sandi baru disimpan. Anda sudah masuk." }, secure)
    return seeOther((await isPending(session)) ? WAITING_PAGE : "/panel")
  } catch {
    setFlash(context.cookies, { kind: "ok", text: "Kata sandi baru disimpan. Silakan masuk dengan kata sandi baru." }, secure)
    return seeOther("/panel/masuk")
  }
}
