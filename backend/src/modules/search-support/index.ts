import { Module } from "@medusajs/framework/utils"
import SearchSupportModuleService from "./service"

/**
 * PostgreSQL support for the Search Module: the `medusa_search_simple` text
 * search configuration and the word list behind typo correction.
 */
export const SEARCH_SUPPORT_MODULE = "searchSupport"

export default Module(SEARCH_SUPPORT_MODULE, { service: SearchSupportModuleService })
