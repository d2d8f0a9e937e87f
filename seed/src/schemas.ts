import { z } from "@medusajs/framework/zod"

const handle = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle: lowercase words joined by '-'")

export const storeSeedSchema = z.object({
  $comment: z.string().optional(),
  storeName: z.string().min(1),
  region: z.object({
    name: z.string().min(1),
    currencyCode: z.literal("idr"),
    countries: z.array(z.string().length(2)).min(1),
  }),
  salesChannel: z.object({ name: z.string().min(1), description: z.string() }),
  publishableKeyTitle: z.string().min(1),
  stockLocation: z.object({
    name: z.string().min(1),
    address: z.object({
      address_1: z.string(),
      city: z.string(),
      province: z.string(),
      postal_code: z.string().regex(/^\d{5}$/),
      country_code: z.string().length(2),
    }),
  }),
})

const variantSeed = z.object({
  value: z.string().min(1),
  sku: z.string().regex(/^[A-Z0-9-]+$/),
  price: z.number().int().positive(),
  stock: z.number().int().nonnegative(),
  weightGrams: z.number().int().positive(),
})

const productSeed = z.object({
  handle,
  title: z.string().min(3),
  description: z.string().min(10),
  category: handle,
  optionTitle: z.string().min(1),
  variants: z.array(variantSeed).min(1),
})

export const demoCatalogueSchema = z
  .object({
    $comment: z.string().optional(),
    categories: z.array(z.object({ handle, name: z.string().min(1) })).min(1),
    products: z.array(productSeed).min(1),
  })
  .superRefine((catalogue, ctx) => {
    const categories = new Set(catalogue.categories.map((category) => category.handle))
    const handles = new Set<string>()
    const skus = new Set<string>()
    catalogue.products.forEach((product, index) => {
      if (!categories.has(product.category)) {
        ctx.addIssue({ code: "custom", path: ["products", index, "category"], message: `unknown category ${product.category}` })
      }
      if (handles.has(product.handle)) {
        ctx.addIssue({ code: "custom", path: ["products", index, "handle"], message: `duplicate handle ${product.handle}` })
      }
      handles.add(product.handle)
      for (const variant of product.variants) {
        if (skus.has(variant.sku)) {
          ctx.addIssue({ code: "custom", path: ["products", index, "variants"], message: `duplicate SKU ${variant.sku}` })
        }
        skus.add(variant.sku)
      }
    })
  })

export const DEMO_ROLES = ["coordinator", "producer", "buyer"] as const

export const demoAccountSchema = z.object({
  role: z.enum(DEMO_ROLES),
  email: z.email(),
  password: z.string().min(12),
})

export type StoreSeed = z.infer<typeof storeSeedSchema>
export type DemoCatalogue = z.infer<typeof demoCatalogueSchema>
export type DemoAccount = z.infer<typeof demoAccountSchema>
