import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_ALERT_MODULE } from "../../modules/stock-alert"
import type StockAlertModuleService from "../../modules/stock-alert/service"
import { sendNotificationsWhenConfiguredStep } from "../notification/steps/send-notifications-when-configured"

export type DueStockAlert = { id: string; email: string; locale: "id" | "en"; product: { handle: string; title: string } }

const SUBJECT = {
  id: (title: string) => `${title} tersedia lagi di Pasar Desa OK OCE`,
  en: (title: string) => `${title} is back at Pasar Desa OK OCE`,
}

const MESSAGE = {
  id: (title: string) => `${title} yang Anda tunggu tersedia lagi di Pasar Desa OK OCE. Pesan sekarang sebelum habis lagi.`,
  en: (title: string) => `${title}, which you were waiting for, is back at Pasar Desa OK OCE. Order now before it runs out again.`,
}

/** Once sent, an alert is gone: the buyer hears once, and their address is not kept for it. */
const forgetSentStockAlertsStep = createStep("forget-sent-stock-alerts", async (ids: string[], { container }) => {
  await container.resolve<StockAlertModuleService>(STOCK_ALERT_MODULE).softDeleteStockAlerts(ids)
  return new StepResponse(ids)
})

/**
 * Tells each waiting buyer that the product can be bought again, in the
 * language they asked in, with a link to its page. Keyed per alert, so a
 * retried run or a second event sends nothing twice.
 */
export const sendStockAlertsWorkflow = createWorkflow("send-stock-alerts", (alerts: DueStockAlert[]) => {
  const notifications = transform({ alerts }, ({ alerts }) =>
    alerts.map((alert): CreateNotificationDTO => ({
      to: alert.email,
      channel: "email",
      template: "back-in-stock",
      idempotency_key: `back-in-stock:${alert.id}`,
      data: {
        subject: SUBJECT[alert.locale](alert.product.title),
        message: MESSAGE[alert.locale](alert.product.title),
        product_title: alert.product.title,
        product_path: `${alert.locale === "en" ? "/en" : ""}/produk/${alert.product.handle}`,
      },
    }))
  )
  const sent = sendNotificationsWhenConfiguredStep(notifications)
  forgetSentStockAlertsStep(transform({ alerts }, ({ alerts }) => alerts.map((alert) => alert.id)))
  return new WorkflowResponse(sent)
})
