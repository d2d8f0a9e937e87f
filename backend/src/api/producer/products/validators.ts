import { z } from "@medusajs/framework/zod"
import { CURATION_STATES } from "../../../modules/curation/states"
import { complianceSchema } from "../../../modules/producer/compliance"
import { TEXT_LIMITS } from "../../../lib/input-limits"
import { PRODUCT_PHOTOS_MOST } from "../../../lib/files/product-photo"
import { storeFileUrl } from "../../plumbing/picture-urls"

const handle = z
  .string()
  .max(TEXT_LIMITS.handle)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle: huruf kecil, angka dan '-' / lowercase letters, digits and '-'")
/** Rupiah have no cents: a price is a whole number of rupiah. */
const priceIdr = z
  .number()
  .min(500, "price: harga minimal Rp 500 / at least Rp 500")
  .max(100_000_000)
  .refine(Number.isInteger, "price: harga dalam rupiah bulat, tanpa sen / whole rupiah")
const grams = z.number().int().positive()

const productFields = {
  title: z.string().trim().min(3).max(TEXT_LIMITS.productTitle),
  subtitle: z.string().trim().max(TEXT_LIMITS.productSubtitle).nullable(),
  description: z.string().trim().min(20).max(TEXT_LIMITS.productDescription),
  thumbnail: storeFileUrl.nullable(),
  weight: grams.nullable(),
  category_ids: z.array(z.string().min(1).max(TEXT_LIMITS.id)).max(3),
}

const newVariant = z.strictObject({
  title: z.string().trim().min(1).max(TEXT_LIMITS.variantTitle),
  sku: z.string().trim().min(1).max(TEXT_LIMITS.sku).optional(),
  price: priceIdr,
  weight: grams.optional(),
})

/**
 * A new product is a draft in curation with one option (e.g. "Berat") whose
 * values are the variant titles. Status, producer and curation are never the
 * producer's to set: the strict schema answers 400 when they are sent.
 */
export const ProducerCreateProduct = z
  .strictObject({
    ...productFields,
    subtitle: productFields.subtitle.optional(),
    thumbnail: productFields.thumbnail.optional(),
    weight: productFields.weight.optional(),
    category_ids: productFields.category_ids.optional(),
    handle: handle.optional(),
    option_title: z.string().trim().min(1).max(TEXT_LIMITS.optionTitle).default("Varian"),
    variants: z.array(newVariant).min(1).max(20),
    compliance: complianceSchema,
  })
  .refine((body) => new Set(body.variants.map((variant) => variant.title.toLowerCase())).size === body.variants.length, {
    message: "variants: judul varian harus berbeda / variant titles must be unique",
    path: ["variants"],
  })

/** Edits of a product's own variants: name, price or weight; ids not of this product are refused. */
const variantEdit = z.strictObject({
  id: z.string().min(1).max(TEXT_LIMITS.id),
  title: z.string().trim().min(1).max(TEXT_LIMITS.variantTitle).optional(),
  price: priceIdr.optional(),
  weight: grams.optional(),
})

export const ProducerUpdateProduct = z
  .strictObject({ ...productFields, variants: z.array(variantEdit).max(20), compliance: complianceSchema.partial() })
  .partial()

export const ProducerListProductsQuery = z.strictObject({
  q: z.string().trim().min(1).max(100).optional(),
  curation_state: z.enum(CURATION_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const ProducerSubmitProduct = z.strictObject({})

/** The product's photos in their new order (the first is the main picture); one left out is removed. */
export const ProducerArrangePhotos = z.strictObject({
  image_ids: z.array(z.string().min(1).max(TEXT_LIMITS.id)).max(PRODUCT_PHOTOS_MOST),
})

export type ProducerCreateProductType = z.infer<typeof ProducerCreateProduct>
export type ProducerUpdateProductType = z.infer<typeof ProducerUpdateProduct>
export type ProducerArrangePhotosType = z.infer<typeof ProducerArrangePhotos>
export type ProducerListProductsQueryType = z.infer<typeof ProducerListProductsQuery>
