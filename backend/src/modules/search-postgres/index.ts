import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { OneScanPostgresSearchService } from "./service"

/** PostgreSQL provider for the Search Module (see service.ts for what it adds). */
export default ModuleProvider(Modules.SEARCH, { services: [OneScanPostgresSearchService] })
