import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import FileNotificationService from "./service"

export default ModuleProvider(Modules.NOTIFICATION, { services: [FileNotificationService] })
