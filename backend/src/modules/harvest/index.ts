import { Module } from "@medusajs/framework/utils"
import HarvestModuleService from "./service"

/** Expected harvests of fresh produce: when a product will be ready and how much is forecast. */
export const HARVEST_MODULE = "harvest"

export default Module(HARVEST_MODULE, { service: HarvestModuleService })
