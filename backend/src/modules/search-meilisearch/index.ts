import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { KeepAliveMeilisearchProviderService } from "./service"

/** Meilisearch provider for the Search Module (see service.ts for why it is ours). */
export default ModuleProvider(Modules.SEARCH, { services: [KeepAliveMeilisearchProviderService] })
