import { Module } from "@medusajs/framework/utils"
import ProducerModuleService from "./service"

/** Producers, their licences and the food compliance of their products. */
export const PRODUCER_MODULE = "producer"

export default Module(PRODUCER_MODULE, { service: ProducerModuleService })
