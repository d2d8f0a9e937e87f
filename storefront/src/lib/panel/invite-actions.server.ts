import type { Context } from "./actions.server"
import { loginProducer, PanelError, producerApi } from "./api.server"
import { isPending, WAITING_PAGE } from "./guard.server"
import { glanceAtInvite } from "./invite"
import { indonesian } from "./messages"
import { MIN_PASSWORD_LENGTH } from "./password-actions.server"
import { seeOther, setFlash, startPanelSession } from "./session.server"
import { medusa } from "../medusa"
import { forwardedFor } from "../client-address"
import { secureCookies, visitorAddressOf } from "../http/request-origin.server"

export const INVITE_UNREADABLE = "Tautan undangan ini tidak lengkap atau rusak. Minta tautan baru ke koordinator OK OCE."
export const INVITE_EXPIRED = "Undangan ini sudah kedaluwarsa. Minta undangan baru ke koordinator OK OCE."

/**
 * A login for the invited email: a new one, or (when an earlier try made it but did not finish, or the producer
 * taps twice) the one that exists, with the password just typed.
 */
async function loginForInvite(email: string, password: string, clientAddress: string | undefined): Promise<string> {
  try {
    const { token } = await medusa.client.fetch<{ token: string }>("/auth/producer/emailpass/register", {
      method: "POST",
      body: { email, password },
      headers: forwardedFor(clientAddress),
    })
    return token
  } catch (error) {
    const { status } = error as { status?: number }
    if (status !== 401) throw new PanelError("Akun gagal dibuat. Coba lagi.", status ?? 500)
    try {
      return await loginProducer(email, password, clientAddress)
    } catch (loginError) {
      if (loginError instanceof PanelError && loginError.status === 429) throw loginError
      throw new PanelError("Email ini sudah punya akun dengan kata sandi lain. Masuk dengan kata sandi itu, atau pakai Lupa kata sandi.", 400)
    }
  }
}

/**
 * POST /panel/undangan: the invited producer chooses a password, claims the producer the coordinator
 * created, and is signed in. A refusal comes back to the same link with the reason.
 */
export async function acceptInviteAction(context: Context & { clientAddress?: string }) {
  const form = await context.request.formData().catch(() => new FormData())
  const token = String(form.get("token") ?? "")
  const password = String(form.get("password") ?? "")
  const repeat = String(form.get("password_repeat") ?? "")
  const secure = secureCookies(context)
  const refuse = (text: string) => {
    setFlash(context.cookies, { kind: "galat", text }, secure)
    return seeOther(`/panel/undangan?token=${encodeURIComponent(token)}`)
  }
  const invite = glanceAtInvite(token)
  if (!invite) return refuse(INVITE_UNREADABLE)
  if (invite.expired) return refuse(INVITE_EXPIRED)
  if (password.length < MIN_PASSWORD_LENGTH) return refuse(`Kata sandi: paling sedikit ${MIN_PASSWORD_LENGTH} huruf.`)
  if (password !== repeat) return refuse("Ulangi kata sandi: kedua kata sandi tidak sama.")
  const address = visitorAddressOf(context)
  try {
    const login = await loginForInvite(invite.email, password, address)
    // A second tap (or a reload) after the claim went through finds the login already a producer's: just sign in.
    const claimed = await producerApi(login, "/producer/me").then(
      () => true,
      () => false
    )
    if (!claimed) await producerApi(login, "/producer/invite/accept", { method: "POST", body: { token } })
    // The login made before the claim names no producer yet: sign in again for one that does.
    const session = await loginProducer(invite.email, password, address)
    startPanelSession(context.cookies, session, secure)
    setFlash(context.cookies, { kind: "ok", text: "Undangan diterima. Selamat datang di panel produsen OK OCE." }, secure)
    return seeOther((await isPending(session)) ? WAITING_PAGE : "/panel")
  } catch (error) {
    return refuse(error instanceof PanelError ? error.message : indonesian("Undangan gagal diterima. Coba lagi."))
  }
}
