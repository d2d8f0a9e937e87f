import type { APIContext } from "astro"
import { loginProducer, PanelError, producerApi } from "./api.server"
import { isPending, WAITING_PAGE } from "./guard.server"
import { text, whole } from "./form-fields"
import { newProductBody, numberProblem } from "./product-form"
import { typedQuantity } from "./stock-form"
import { endPanelSession, seeOther, setFlash, startPanelSession } from "./session.server"
import { keepFormDraft } from "./form-draft"
import { secureCookies, visitorAddressOf } from "../http/request-origin.server"

export type Context = Pick<APIContext, "request" | "cookies" | "url">

/**
 * Runs one change against the backend and comes back with its outcome as the flash message:
 * to `back` after a refusal (with `form` kept, so the page shows it as it was sent), to `next`
 * (by default `back` too) after success.
 */
export async function act<T>(context: Context, back: string, done: string | ((result: T) => string), change: () => Promise<T>, next = back, form?: FormData) {
  const secure = secureCookies(context)
  try {
    const result = await change()
    setFlash(context.cookies, { kind: "ok", text: typeof done === "string" ? done : done(result) }, secure)
    return seeOther(next)
  } catch (error) {
    if (error instanceof PanelError && error.status === 401) {
      endPanelSession(context.cookies)
      return seeOther("/panel/masuk")
    }
    const message = error instanceof PanelError ? error.message : "Terjadi kesalahan. Coba lagi."
    setFlash(context.cookies, { kind: "galat", text: message }, secure)
    if (form) keepFormDraft(context.cookies, form, secure)
    return seeOther(back)
  }
}

export async function login(context: Context & { clientAddress?: string }) {
  const form = await context.request.formData().catch(() => new FormData())
  const email = text(form, "email").toLowerCase()
  const password = String(form.get("password") ?? "")
  const secure = secureCookies(context)
  if (!email || !password) {
    setFlash(context.cookies, { kind: "galat", text: "Isi email dan kata sandi." }, secure)
    return seeOther("/panel/masuk")
  }
  try {
    const token = await loginProducer(email, password, visitorAddressOf(context))
    startPanelSession(context.cookies, token, secure)
    return seeOther((await isPending(token)) ? WAITING_PAGE : "/panel")
  } catch (error) {
    setFlash(context.cookies, { kind: "galat", text: error instanceof PanelError ? error.message : "Gagal masuk. Coba lagi." }, secure)
    return seeOther("/panel/masuk")
  }
}

export async function stockAction(context: Context, token: string) {
  const form = await context.request.formData().catch(() => new FormData())
  const productId = encodeURIComponent(text(form, "product_id"))
  const variant_id = text(form, "variant_id")
  if (text(form, "aksi") === "ubah") {
    const delta = whole(text(form, "delta"))
    return act(
      context,
      "/panel/stok",
      "Stok diubah.",
      () =>
        producerApi(token, `/producer/products/${productId}/stock/adjustments`, { method: "POST", body: { variant_id, delta, reason: text(form, "reason") } }),
      "/panel/stok",
      form
    )
  }
  // A blank threshold means "no warning" (null), as the backend stores it.
  const threshold = text(form, "low_stock_threshold")
  const low_stock_threshold = threshold === "" ? null : whole(threshold)
  return act(
    context,
    "/panel/stok",
    "Jumlah stok disimpan.",
    () =>
      producerApi(token, `/producer/products/${productId}/stock`, {
        method: "POST",
        body: { variants: [{ variant_id, low_stock_threshold, ...typedQuantity(form) }] },
      }),
    "/panel/stok",
    form
  )
}

type RecordedHarvest = { harvest: { quantity: number; unit: string; canceled_orders: Array<{ display_id: number; quantity: number }> } }

/** What the producer reads after recording a harvest: what went on the shelf, and any pre-order it could not cover. */
function recordedMessage({ harvest }: RecordedHarvest) {
  const done = `Hasil panen ${harvest.quantity} ${harvest.unit} dicatat dan masuk stok.`
  if (!harvest.canceled_orders.length) return done
  const orders = harvest.canceled_orders.map((order) => `#${order.display_id}`).join(", ")
  return `${done} Hasil tidak cukup untuk semua pre-order: pesanan ${orders} dibatalkan (yang terakhir dipesan lebih dulu) dan pembelinya sudah diberi tahu.`
}

export async function harvestAction(context: Context, token: string) {
  const form = await context.request.formData().catch(() => new FormData())
  const productId = encodeURIComponent(text(form, "product_id"))
  if (text(form, "aksi") === "hasil") {
    const quantity = whole(text(form, "quantity"))
    return act<RecordedHarvest>(
      context,
      "/panel/panen",
      recordedMessage,
      () => producerApi(token, `/producer/products/${productId}/harvest/harvested`, { method: "POST", body: { quantity } }),
      "/panel/panen",
      form
    )
  }
  const body = {
    expected_on: text(form, "expected_on"),
    forecast_quantity: whole(text(form, "forecast_quantity")),
    unit: text(form, "unit") || undefined,
    note: text(form, "note") || null,
  }
  return act(
    context,
    "/panel/panen",
    "Perkiraan panen disimpan.",
    () => producerApi(token, `/producer/products/${productId}/harvest`, { method: "POST", body }),
    "/panel/panen",
    form
  )
}

export async function profileAction(context: Context, token: string) {
  const form = await context.request.formData().catch(() => new FormData())
  const body = {
    business_name: text(form, "business_name"),
    owner_name: text(form, "owner_name"),
    whatsapp: text(form, "whatsapp"),
    story: text(form, "story"),
    // Absent from a form without the choice: the stored one stays.
    ...(text(form, "notify_by") ? { notify_by: text(form, "notify_by") } : {}),
  }
  return act(context, "/panel/profil", "Profil disimpan.", () => producerApi(token, "/producer/me", { method: "POST", body }), "/panel/profil", form)
}

/** The bank account the centre pays the producer into; a changed one waits for a coordinator's confirmation. */
export async function payoutAccountAction(context: Context, token: string) {
  const form = await context.request.formData().catch(() => new FormData())
  const body = { bank: text(form, "bank"), number: text(form, "number"), holder: text(form, "holder") }
  return act(
    context,
    "/panel/saldo",
    "Rekening disimpan. Koordinator akan memeriksanya sebelum pembayaran dikirim ke sana.",
    () => producerApi(token, "/producer/settlement/account", { method: "POST", body }),
    "/panel/saldo",
    form
  )
}

export async function productAction(context: Context, token: string) {
  const form = await context.request.formData().catch(() => new FormData())
  if (text(form, "aksi") === "ajukan") {
    const productId = encodeURIComponent(text(form, "product_id"))
    return act(context, "/panel/produk", "Produk diajukan ke kurator.", () =>
      producerApi(token, `/producer/products/${productId}/submit`, { method: "POST", body: {} })
    )
  }
  const body = newProductBody(form)
  const problem = numberProblem(form)
  return act(
    context,
    "/panel/produk#baru",
    "Draf produk dibuat. Ajukan ke kurator bila sudah siap.",
    () => (problem ? Promise.reject(new PanelError(problem, 400)) : producerApi(token, "/producer/products", { method: "POST", body })),
    "/panel/produk",
    form
  )
}
