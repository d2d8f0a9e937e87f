import { MedusaService } from "@medusajs/framework/utils"
import { CurationEvent } from "./models/curation-event"
import { ProductCuration } from "./models/product-curation"

export default class CurationModuleService extends MedusaService({ ProductCuration, CurationEvent }) {}
