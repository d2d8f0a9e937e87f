import type { APIContext } from "astro"
import { medusa } from "./medusa"
import { HANDLE } from "./wishlist.server"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * POST /produk/<handle>/kabari: "kabari saya saat tersedia" on a sold-out
 * product. Back to the product's page, which says it is done or why not.
 */
export async function askStockAlert(context: APIContext) {
  const handle = context.params.handle ?? ""
  const locale = context.currentLocale === "en" ? "en" : "id"
  const productPath = `${locale === "en" ? "/en" : ""}/produk/${encodeURIComponent(handle)}`
  const back = (outcome: string) => context.redirect(`${productPath}?${outcome}#kabari`, 303)
  if (!HANDLE.test(handle)) return context.redirect(locale === "en" ? "/en/produk" : "/produk", 303)
  const form = await context.request.formData().catch(() => new FormData())
  const email = String(form.get("email") ?? "").trim()
  if (!EMAIL.test(email) || email.length > 254) return back("galat=stock_alert_email")
  try {
    await medusa.client.fetch("/store/stock-alerts", { method: "POST", body: { handle, email, locale } })
    return back("kabari=ok")
  } catch (error) {
    const { status, message } = error as { status?: number; message?: string }
    if (status === 400) return back("galat=stock_alert_email")
    if (status === 409) return back(/masih tersedia/.test(message ?? "") ? "galat=stock_alert_in_stock" : "galat=stock_alert_many")
    return back("galat=stock_alert_failed")
  }
}
