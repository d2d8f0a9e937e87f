import { MedusaService } from "@medusajs/framework/utils"
import { ProductHarvest } from "./models/product-harvest"

export default class HarvestModuleService extends MedusaService({ ProductHarvest }) {}
