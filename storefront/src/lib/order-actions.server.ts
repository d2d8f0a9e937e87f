import type { APIContext } from "astro"
import { localeOf, localePath } from "../i18n"
import { isBackendBusy } from "./http/backend-busy"
import { cancelOwnOrder, isCancelReason, ORDER_KEY_PARAM } from "./order-access.server"

/**
 * Back to the order's page after a buyer's action on it, with the outcome: the
 * account's page (signed in) or the link's (with its key).
 */
export function orderPageAfter(
  context: Pick<APIContext, "currentLocale">,
  order: { id: string; key: string; fromAccount: boolean },
  outcome: Record<string, string>,
  anchor: string
) {
  const path = `${order.fromAccount ? "/akun" : ""}/pesanan/${encodeURIComponent(order.id)}`
  const query: Record<string, string> = order.fromAccount ? outcome : { [ORDER_KEY_PARAM]: order.key, ...outcome }
  return `${localePath(localeOf(context.currentLocale), path)}?${new URLSearchParams(query)}#${anchor}`
}

/**
 * POST /pesanan/:id/batal: the buyer cancels an unpaid order with a reason
 * (a plain form, no JavaScript needed), and comes back to its page, which
 * then shows it canceled. Refusals come back as codes (i18n/problems.ts).
 */
export async function submitCancel(context: APIContext) {
  const orderId = context.params.id ?? ""
  const form = await context.request.formData().catch(() => new FormData())
  const key = String(form.get(ORDER_KEY_PARAM) ?? "")
  const order = { id: orderId, key, fromAccount: form.get("dari") === "akun" }
  const back = (outcome: Record<string, string>) => context.redirect(orderPageAfter(context, order, outcome, "batal"), 303)
  const reason = form.get("alasan")
  if (!isCancelReason(reason)) return back({ galat: "cancel_reason" })
  try {
    await cancelOwnOrder(orderId, key, reason)
    return back({ batal: "ok" })
  } catch (error) {
    if (isBackendBusy(error)) return back({ galat: "overloaded" })
    const status = (error as { status?: number }).status
    return back({ galat: status === 409 ? "cancel_refused" : status === 403 ? "cancel_link" : "refused" })
  }
}
