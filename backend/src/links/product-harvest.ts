import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import HarvestModule from "../modules/harvest"

/** A product's next expected harvest (product.product_harvest); deleted with the product. */
export default defineLink(ProductModule.linkable.product, { linkable: HarvestModule.linkable.productHarvest, deleteCascade: true })
