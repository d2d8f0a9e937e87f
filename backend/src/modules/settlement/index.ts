import { Module } from "@medusajs/framework/utils"
import SettlementModuleService from "./service"

/** What the OK OCE centre owes each producer: sales credited, fees, refunds and payouts debited. */
export const SETTLEMENT_MODULE = "settlement"

export default Module(SETTLEMENT_MODULE, { service: SettlementModuleService })
