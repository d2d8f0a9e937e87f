import { Module } from "@medusajs/framework/utils"
import CoordinatorModuleService from "./service"

/** Coordinators' roles: head (kabupaten) or kecamatan; territories are the user-kecamatan link. */
export const COORDINATOR_MODULE = "coordinator"

export default Module(COORDINATOR_MODULE, { service: CoordinatorModuleService })
