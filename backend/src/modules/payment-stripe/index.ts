import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripeCardProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [StripeCardProviderService] })
