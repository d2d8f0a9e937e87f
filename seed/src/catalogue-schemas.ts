import { z } from "@medusajs/framework/zod"
import {
  bpomLicenceSchema,
  halalLicenceSchema,
  LICENCE_KINDS,
  pirtLicenceSchema,
  PRODUCER_STATUSES,
  PRODUCT_TYPES,
  WHATSAPP_E164,
} from "@pasar-desa/backend/src/modules/producer/formats"

export const handleSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle: lowercase words joined by '-'")

const coordinates = { lat: z.number().min(-9).max(-7.5).nullable(), lon: z.number().min(110.5).max(111.6).nullable() }

export const desaSeedSchema = z.strictObject({
  code: z.string().regex(/^35\.01\.\d{2}\.[12]\d{3}$/),
  name: z.string().min(2),
  handle: handleSchema,
  type: z.enum(["desa", "kelurahan"]),
  postal_code: z
    .string()
    .regex(/^\d{5}$/)
    .nullable(),
  ...coordinates,
  story: z.string().min(20),
})

export const kecamatanSeedSchema = z.strictObject({
  code: z.string().regex(/^35\.01\.\d{2}$/),
  name: z.string().min(2),
  handle: handleSchema,
  ...coordinates,
  story: z.string().min(20),
  desa: z.array(desaSeedSchema).min(1),
})

export const placesSeedSchema = z.strictObject({
  $comment: z.string().optional(),
  kabupaten: z.strictObject({ code: z.literal("35.01"), name: z.string(), handle: handleSchema, province: z.string(), story: z.string() }),
  kecamatan: z.array(kecamatanSeedSchema).length(12),
})

export const producerSeedSchema = z.strictObject({
  handle: handleSchema,
  business_name: z.string().min(3),
  owner_name: z.string().min(3),
  desa_code: desaSeedSchema.shape.code,
  whatsapp: z.string().regex(WHATSAPP_E164),
  phone_public: z.boolean(),
  story: z.string().min(20),
  status: z.enum(PRODUCER_STATUSES),
  pirt: pirtLicenceSchema.nullable(),
  bpom: bpomLicenceSchema.nullable(),
  halal: halalLicenceSchema.nullable(),
})

export const productSeedSchema = z.strictObject({
  handle: handleSchema,
  title: z.string().min(3),
  description: z.string().min(20),
  producer: handleSchema,
  category: handleSchema,
  option_title: z.string().min(1),
  variants: z
    .array(
      z.strictObject({
        value: z.string().min(1),
        sku: z.string().regex(/^[A-Z0-9-]+$/),
        price: z.number().int().min(1000),
        stock: z.number().int().nonnegative(),
        weight_grams: z.number().int().positive(),
      })
    )
    .min(1),
  compliance: z.strictObject({
    product_type: z.enum(PRODUCT_TYPES),
    net_quantity: z.string().nullable(),
    ingredients: z.string().nullable(),
    shelf_life_days: z.number().int().positive().nullable(),
    storage: z.string().nullable(),
    licence: z.enum(LICENCE_KINDS),
    halal: z.boolean(),
  }),
})

export const categoriesSeedSchema = z.array(z.strictObject({ handle: handleSchema, name: z.string().min(2), color: z.string().regex(/^#[0-9a-f]{6}$/) })).min(1)

export const producersSeedSchema = z.array(producerSeedSchema)
export const productsSeedSchema = z.array(productSeedSchema)

export type PlacesSeed = z.infer<typeof placesSeedSchema>
export type ProducerSeed = z.infer<typeof producerSeedSchema>
export type ProductSeed = z.infer<typeof productSeedSchema>
export type CategorySeed = z.infer<typeof categoriesSeedSchema>[number]

/**
 * The whole catalogue with its references checked: every producer's desa,
 * every product's producer and category exist; handles and SKUs are unique;
 * a product's licence and halal claim are backed by its producer's licences.
 */
export const catalogueSeedSchema = z
  .object({
    places: placesSeedSchema,
    categories: categoriesSeedSchema,
    producers: producersSeedSchema,
    products: productsSeedSchema,
  })
  .superRefine(({ places, categories, producers, products }, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message })
    const desaCodes = new Set(places.kecamatan.flatMap((kecamatan) => kecamatan.desa.map((desa) => desa.code)))
    const categoryHandles = new Set(categories.map((category) => category.handle))
    const producerByHandle = new Map(producers.map((producer) => [producer.handle, producer]))
    const seen = { desa: new Set<string>(), producer: new Set<string>(), product: new Set<string>(), sku: new Set<string>() }

    places.kecamatan.forEach((kecamatan, k) =>
      kecamatan.desa.forEach((desa, d) => {
        if (seen.desa.has(desa.handle)) issue(["places", "kecamatan", k, "desa", d, "handle"], `duplicate desa handle ${desa.handle}`)
        seen.desa.add(desa.handle)
      })
    )
    producers.forEach((producer, index) => {
      if (!desaCodes.has(producer.desa_code)) issue(["producers", index, "desa_code"], `unknown desa ${producer.desa_code}`)
      if (seen.producer.has(producer.handle)) issue(["producers", index, "handle"], `duplicate producer handle ${producer.handle}`)
      seen.producer.add(producer.handle)
    })
    products.forEach((product, index) => {
      const producer = producerByHandle.get(product.producer)
      if (!producer) issue(["products", index, "producer"], `unknown producer ${product.producer}`)
      if (!categoryHandles.has(product.category)) issue(["products", index, "category"], `unknown category ${product.category}`)
      if (seen.product.has(product.handle)) issue(["products", index, "handle"], `duplicate product handle ${product.handle}`)
      seen.product.add(product.handle)
      for (const variant of product.variants) {
        if (seen.sku.has(variant.sku)) issue(["products", index, "variants"], `duplicate SKU ${variant.sku}`)
        seen.sku.add(variant.sku)
      }
      const { licence, halal } = product.compliance
      if (producer && licence !== "none" && !producer[licence])
        issue(["products", index, "compliance", "licence"], `${product.producer} has no ${licence} licence`)
      if (producer && halal && !producer.halal) issue(["products", index, "compliance", "halal"], `${product.producer} has no halal certificate`)
    })
  })

export type CatalogueSeed = z.infer<typeof catalogueSeedSchema>
