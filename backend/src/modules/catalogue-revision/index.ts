import { Module } from "@medusajs/framework/utils"
import CatalogueRevisionModuleService from "./service"

/** The catalogue's revision number and its record of changes by tag, which storefront page caches follow. */
export const CATALOGUE_REVISION_MODULE = "catalogueRevision"

export default Module(CATALOGUE_REVISION_MODULE, { service: CatalogueRevisionModuleService })
