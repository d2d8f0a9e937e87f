import type { APIContext } from "astro"
import { PanelError, producerApi } from "./api.server"
import { MOVE_LABELS, pageAfterStep } from "./orders"
import { endPanelSession, seeOther, setFlash } from "./session.server"
import { secureCookies } from "../http/request-origin.server"

type Context = Pick<APIContext, "request" | "cookies" | "url">

const DONE: Record<keyof typeof MOVE_LABELS, string> = {
  accepted: "Pesanan diterima. Siapkan barangnya.",
  packed: "Pesanan ditandai sudah dikemas.",
  handed_over: "Pesanan ditandai sudah diserahkan.",
  shipped: "Pesanan ditandai sudah dikirim.",
}

/** One tap on an order's next step, or its decline; the backend checks it and answers in Indonesian when it is refused. */
export async function moveOrderAction(context: Context, token: string) {
  const form = await context.request.formData().catch(() => new FormData())
  if (form.get("decline") === "1") return declineOrder(context, token, form)
  const id = String(form.get("order_id") ?? "")
  const status = String(form.get("status") ?? "") as keyof typeof MOVE_LABELS
  const trackingNote = String(form.get("tracking_note") ?? "").trim()
  const back = String(form.get("back") ?? "").startsWith("/panel/pesanan") ? String(form.get("back")) : "/panel/pesanan"
  const secure = secureCookies(context)
  try {
    await producerApi(token, `/producer/orders/${encodeURIComponent(id)}/status`, {
      method: "POST",
      body: { status, ...(trackingNote ? { tracking_note: trackingNote } : {}) },
    })
    setFlash(context.cookies, { kind: "ok", text: DONE[status] ?? "Pesanan diperbarui." }, secure)
    return seeOther(pageAfterStep(back, id, status))
  } catch (error) {
    if (error instanceof PanelError && error.status === 401) {
      endPanelSession(context.cookies)
      return seeOther("/panel/masuk")
    }
    setFlash(context.cookies, { kind: "galat", text: error instanceof PanelError ? error.message : "Terjadi kesalahan. Coba lagi." }, secure)
  }
  return seeOther(back)
}

/** The producer cannot fill their part: a reason from the list and, for "other", their words. */
async function declineOrder(context: Context, token: string, form: FormData) {
  const id = String(form.get("order_id") ?? "")
  const note = String(form.get("note") ?? "").trim()
  const back = String(form.get("back") ?? "").startsWith("/panel/pesanan") ? String(form.get("back")) : "/panel/pesanan"
  const secure = secureCookies(context)
  try {
    await producerApi(token, `/producer/orders/${encodeURIComponent(id)}/decline`, {
      method: "POST",
      body: { reason: String(form.get("reason") ?? ""), ...(note ? { note } : {}) },
    })
    setFlash(context.cookies, { kind: "ok", text: "Pesanan ditolak. Pembeli sudah diberi tahu." }, secure)
  } catch (error) {
    if (error instanceof PanelError && error.status === 401) {
      endPanelSession(context.cookies)
      return seeOther("/panel/masuk")
    }
    setFlash(context.cookies, { kind: "galat", text: error instanceof PanelError ? error.message : "Terjadi kesalahan. Coba lagi." }, secure)
  }
  return seeOther(back)
}
