import { Module } from "@medusajs/framework/utils"
import PrivacyModuleService from "./service"

/** The record of personal-data requests coordinators carried out (exports, erasures). */
export const PRIVACY_MODULE = "privacy"

export default Module(PRIVACY_MODULE, { service: PrivacyModuleService })
