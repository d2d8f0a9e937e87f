import { z } from "@medusajs/framework/zod"

const handle = (name: string) =>
  z
    .string()
    .max(100)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${name}: huruf kecil, angka dan '-' / lowercase letters, digits and '-'`)

/**
 * GET /store/catalogue/cards
 *   producer    a producer's handle       collection  a collection's handle (pilihan-kurator)
 *   handles     up to 100 product handles, comma-separated (a search's hits, a buyer's favourites)
 *   order       created_at (oldest first, the default) | -created_at (newest first), as Medusa's lists
 *   limit       1-100 (default 24)        offset      0-10000 (default 0)
 * Any other parameter is refused with a 400.
 */
export const StoreCatalogueCardsQuery = z.strictObject({
  producer: handle("producer").optional(),
  collection: handle("collection").optional(),
  handles: z
    .string()
    .max(100 * 101)
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*(?:,[a-z0-9]+(?:-[a-z0-9]+)*){0,99}$/,
      "handles: sampai 100 handle produk dipisah koma / up to 100 product handles, comma-separated"
    )
    .optional()
    .transform((value) => value?.split(",")),
  order: z
    .string()
    .regex(/^-?created_at$/, "order: created_at atau -created_at / created_at or -created_at")
    .optional()
    .transform((value) => value ?? "created_at"),
  // Patterns, not min/max: Medusa rewrites range errors into English-only text, a pattern keeps this message.
  limit: z
    .string()
    .regex(/^(?:[1-9]|[1-9][0-9]|100)$/, "limit: bilangan bulat 1 sampai 100 / a whole number from 1 to 100")
    .optional()
    .transform((value) => (value === undefined ? 24 : Number(value))),
  offset: z
    .string()
    .regex(/^(?:0|[1-9][0-9]{0,3}|10000)$/, "offset: bilangan bulat 0 sampai 10000 / a whole number from 0 to 10000")
    .optional()
    .transform((value) => (value === undefined ? 0 : Number(value))),
})

export type StoreCatalogueCardsQueryType = z.infer<typeof StoreCatalogueCardsQuery>
