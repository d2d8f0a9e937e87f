import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { assertCategoriesExist } from "../../../lib/producer/product-categories"

export type ProducerProductEditCheck = {
  product_id: string
  category_ids?: string[]
  variants: Array<{ id: string; title?: string }>
  compliance?: Record<string, unknown>
}

/**
 * Refuses an edit that names a variant of another product, gives two variants
 * of the product one name (the untouched ones included), changes food
 * compliance the product has no record of, or names a category that does not
 * exist; each names its field. Reads only: nothing is written before it.
 */
export const validateProducerProductEditStep = createStep("validate-producer-product-edit", async (input: ProducerProductEditCheck, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["variants.id", "variants.title", "product_compliance.id"],
    filters: { id: input.product_id },
  })
  const current = data[0]
  const variants = (current?.variants ?? []).flatMap((variant) => (variant ? [variant] : []))
  const ownVariantIds = new Set(variants.map((variant) => variant.id))
  input.variants.forEach((variant, index) => {
    if (!ownVariantIds.has(variant.id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `variants.${index}.id: bukan varian produk ini / not a variant of this product`)
    }
  })
  const renamed = new Map(input.variants.flatMap((variant) => (variant.title ? [[variant.id, variant.title]] : [])))
  const names = variants.map((variant) => (renamed.get(variant.id) ?? variant.title).toLowerCase())
  if (new Set(names).size !== names.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "variants: nama varian harus berbeda / variant titles must be unique")
  }
  if (input.compliance && Object.keys(input.compliance).length && !current?.product_compliance) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "compliance: produk ini belum punya data keamanan pangan; hubungi koordinator / this product has no compliance record"
    )
  }
  await assertCategoriesExist(container, input.category_ids)
})
