import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "../modules/producer"

/** A producer has many products; a product has one producer (product.producer, producer.products). */
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, ProducerModule.linkable.producer)
