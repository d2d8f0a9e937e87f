import { MedusaService } from "@medusajs/framework/utils"
import { DataRequest } from "./models/data-request"

export default class PrivacyModuleService extends MedusaService({ DataRequest }) {}
