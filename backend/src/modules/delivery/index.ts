import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import PasarDesaDeliveryService from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [PasarDesaDeliveryService] })
