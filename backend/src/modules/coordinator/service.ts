import { MedusaService } from "@medusajs/framework/utils"
import { AuditEntry } from "./models/audit-entry"
import { CoordinatorRole } from "./models/coordinator-role"

export default class CoordinatorModuleService extends MedusaService({ CoordinatorRole, AuditEntry }) {}
