import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import CurationModule from "../modules/curation"

/** A product's OK OCE curation record (product.product_curation). */
export default defineLink(ProductModule.linkable.product, { linkable: CurationModule.linkable.productCuration, deleteCascade: true })
