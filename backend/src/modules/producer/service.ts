import { MedusaService } from "@medusajs/framework/utils"
import { ProductCompliance } from "./models/product-compliance"
import { Producer } from "./models/producer"

export default class ProducerModuleService extends MedusaService({ Producer, ProductCompliance }) {}
