import { Module } from "@medusajs/framework/utils"
import CurationModuleService from "./service"

/** OK OCE brand curation: each product's state and the history of every decision. */
export const CURATION_MODULE = "curation"

export default Module(CURATION_MODULE, { service: CurationModuleService })
