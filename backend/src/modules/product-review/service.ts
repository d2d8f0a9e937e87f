import { MedusaService } from "@medusajs/framework/utils"
import { ProductReview } from "./models/product-review"

export default class ProductReviewModuleService extends MedusaService({ ProductReview }) {}
