import { Module } from "@medusajs/framework/utils"
import CatalogueRevisionModuleService from "./service"

/** The catalogue's revision number, which storefront page caches are keyed by. */
export const CATALOGUE_REVISION_MODULE = "catalogueRevision"

export default Module(CATALOGUE_REVISION_MODULE, { service: CatalogueRevisionModuleService })
