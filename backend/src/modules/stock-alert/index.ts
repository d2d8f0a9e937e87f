import { Module } from "@medusajs/framework/utils"
import StockAlertModuleService from "./service"

/** Buyers waiting for a sold-out product: "kabari saya saat tersedia". */
export const STOCK_ALERT_MODULE = "stockAlert"

export default Module(STOCK_ALERT_MODULE, { service: StockAlertModuleService })
