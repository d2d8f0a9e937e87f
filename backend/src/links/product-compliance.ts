import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "../modules/producer"

/** A product's food compliance record (product.product_compliance). */
export default defineLink(ProductModule.linkable.product, { linkable: ProducerModule.linkable.productCompliance, deleteCascade: true })
