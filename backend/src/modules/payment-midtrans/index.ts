import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MidtransProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [MidtransProviderService] })
