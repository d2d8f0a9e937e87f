import { randomBytes } from "node:crypto"
import { ProductStatus, toHandle } from "@medusajs/framework/utils"
import type { CreateProducerProductInput } from "../../../workflows/producer-product/create-producer-product"
import type { ProducerCreateProductType } from "./validators"

/** Many producers sell "Keripik Singkong": a short random tail keeps the title's handle unique. */
export function uniqueHandle(title: string) {
  return `${toHandle(title)}-${randomBytes(3).toString("hex")}`
}

/**
 * A new product as the panel's form describes it (ProducerCreateProduct), as
 * Medusa's product workflow takes it: one option whose values are the variant
 * titles, each variant's stock managed, its price in rupiah. The panel's
 * route and the coordinators' CSV import both create products through this.
 */
export function newProductInput({
  variants,
  option_title,
  compliance,
  ...product
}: ProducerCreateProductType): Omit<CreateProducerProductInput, "producer_id"> {
  return {
    compliance,
    product: {
      ...product,
      handle: product.handle ?? uniqueHandle(product.title),
      // Medusa's status only says the record is complete; curation and the
      // sales channel decide what buyers see (as for seeded products).
      status: ProductStatus.PUBLISHED,
      options: [{ title: option_title, values: variants.map((variant) => variant.title) }],
      variants: variants.map((variant) => ({
        title: variant.title,
        sku: variant.sku,
        weight: variant.weight,
        manage_inventory: true,
        options: { [option_title]: variant.title },
        prices: [{ amount: variant.price, currency_code: "idr" }],
      })),
    },
  }
}
