import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CATALOGUE_REVISION_MODULE } from "../../modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../../modules/catalogue-revision/service"
import { STOCK_ALERT_MODULE } from "../../modules/stock-alert"
import type StockAlertModuleService from "../../modules/stock-alert/service"
import { askStockAlertWorkflow } from "../../workflows/stock-alert/ask-stock-alert"
import { sendStockAlertsWorkflow } from "../../workflows/stock-alert/send-stock-alerts"

/** How many sold-out products one address may wait for at once: enough for a family, too few to flood someone else's inbox. */
export const MOST_ALERTS_PER_EMAIL = 20

export const STOCK_ALERT_REFUSED = {
  notFound: "Produk tidak ditemukan / product not found",
  inStock: "Produk ini masih tersedia: langsung pesan saja / this product is in stock, order it now",
  tooMany: `Alamat email ini sudah menunggu ${MOST_ALERTS_PER_EMAIL} produk; kabar datang saat produk tersedia lagi / this address already waits for ${MOST_ALERTS_PER_EMAIL} products`,
} as const

type Ask = { handle: string; email: string; locale: "id" | "en"; salesChannelIds: string[] }

/**
 * A buyer asks to hear once when a sold-out product is back. Only for a
 * product buyers can see and cannot buy now; asking twice keeps one alert
 * (and says the same, so nobody learns who else waits).
 */
export async function askStockAlert(container: MedusaContainer, { handle, email, locale, salesChannelIds }: Ask) {
  const views: CatalogueRevisionModuleService = container.resolve(CATALOGUE_REVISION_MODULE)
  const product = await views.retrieveProductPage(handle, salesChannelIds)
  if (!product) return { status: 404 as const, message: STOCK_ALERT_REFUSED.notFound }
  if (product.variants.some((variant) => variant.inStock)) return { status: 409 as const, message: STOCK_ALERT_REFUSED.inStock }
  const address = email.trim().toLowerCase()
  const alerts: StockAlertModuleService = container.resolve(STOCK_ALERT_MODULE)
  return container.resolve(Modules.LOCKING).execute(`stock-alert:${address}`, async () => {
    const [existing] = await alerts.listStockAlerts({ product_id: product.id, email: address }, { take: 1 })
    if (existing) return { status: 200 as const, product_id: product.id }
    if ((await alerts.listAndCountStockAlerts({ email: address }, { take: 1 }))[1] >= MOST_ALERTS_PER_EMAIL) {
      return { status: 409 as const, message: STOCK_ALERT_REFUSED.tooMany }
    }
    await askStockAlertWorkflow(container).run({ input: { product_id: product.id, email: address, locale } })
    return { status: 201 as const, product_id: product.id }
  })
}

/**
 * After the catalogue's views of these products were rewritten: every buyer
 * waiting for one that can be bought again hears it, once. One indexed read
 * when nobody waits.
 */
export async function sendDueStockAlerts(container: MedusaContainer, productIds: string[]) {
  if (!productIds.length) return 0
  const alerts: StockAlertModuleService = container.resolve(STOCK_ALERT_MODULE)
  const waiting = await alerts.listStockAlerts({ product_id: [...new Set(productIds)] }, { select: ["id", "product_id", "email", "locale"] })
  if (!waiting.length) return 0
  const cards = await container.resolve<CatalogueRevisionModuleService>(CATALOGUE_REVISION_MODULE).productCardsById(waiting.map((alert) => alert.product_id))
  const due = waiting.flatMap((alert) => {
    const card = cards.get(alert.product_id)
    return card?.inStock ? [{ id: alert.id, email: alert.email, locale: alert.locale, product: { handle: card.handle, title: card.title } }] : []
  })
  if (!due.length) return 0
  await sendStockAlertsWorkflow(container).run({ input: due })
  return due.length
}
