import { MedusaService } from "@medusajs/framework/utils"
import { CoordinatorRole } from "./models/coordinator-role"

export default class CoordinatorModuleService extends MedusaService({ CoordinatorRole }) {}
