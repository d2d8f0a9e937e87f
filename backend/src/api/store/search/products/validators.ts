import { z } from "@medusajs/framework/zod"

const handle = (name: string) =>
  z
    .string()
    .max(100)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${name}: huruf kecil, angka dan '-' / lowercase letters, digits and '-'`)
const flag = z.enum(["true", "false"]).transform((value) => value === "true")
const rupiah = z.coerce.number().int().min(0).max(1_000_000_000)

/**
 * GET /store/search/products
 *   q          free text, up to 200 characters (typos, synonyms and village names welcome)
 *   kecamatan  kecamatan handle        desa      desa handle
 *   producer   producer handle         category  category handle
 *   halal, in_stock, pre_order         "true" | "false"
 *   price_min, price_max               whole rupiah, on the cheapest variant
 *   sort       relevance (default) | price_asc | price_desc | newest
 *   limit      1-100 (default 24)      offset    0-10000 (default 0)
 * Any other parameter is refused with a 400, so a typo in a filter name never
 * silently widens the results.
 */
export const StoreSearchProductsQuery = z.strictObject({
  q: z.string().trim().max(200, "q: paling banyak 200 karakter / at most 200 characters").optional(),
  kecamatan: handle("kecamatan").optional(),
  desa: handle("desa").optional(),
  producer: handle("producer").optional(),
  category: handle("category").optional(),
  halal: flag.optional(),
  in_stock: flag.optional(),
  pre_order: flag.optional(),
  price_min: rupiah.optional(),
  price_max: rupiah.optional(),
  sort: z.enum(["relevance", "price_asc", "price_desc", "newest"]).default("relevance"),
  limit: z.coerce.number().int().min(1).max(100).default(24),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
})

export type StoreSearchProductsQueryType = z.infer<typeof StoreSearchProductsQuery>
