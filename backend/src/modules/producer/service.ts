import { MedusaService } from "@medusajs/framework/utils"
import { ProducerOrder } from "./models/producer-order"
import { ProductCompliance } from "./models/product-compliance"
import { Producer } from "./models/producer"
import { StockAdjustment } from "./models/stock-adjustment"

export default class ProducerModuleService extends MedusaService({ Producer, ProductCompliance, StockAdjustment, ProducerOrder }) {}
