import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_ALERT_MODULE } from "../../modules/stock-alert"
import type StockAlertModuleService from "../../modules/stock-alert/service"

export type AskStockAlertInput = { product_id: string; email: string; locale: "id" | "en" }

const createStockAlertStep = createStep(
  "create-stock-alert",
  async (input: AskStockAlertInput, { container }) => {
    const alert = await container.resolve<StockAlertModuleService>(STOCK_ALERT_MODULE).createStockAlerts(input)
    return new StepResponse(alert, alert.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<StockAlertModuleService>(STOCK_ALERT_MODULE).deleteStockAlerts(id)
  }
)

/** Keeps a buyer's wish to hear when a sold-out product is back; who may ask is checked before (lib/stock-alert). */
export const askStockAlertWorkflow = createWorkflow("ask-stock-alert", (input: AskStockAlertInput) => new WorkflowResponse(createStockAlertStep(input)))
