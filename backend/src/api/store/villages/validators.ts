import { z } from "@medusajs/framework/zod"

const handle = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle: huruf kecil, angka dan '-' / lowercase letters, digits and '-'")

export const StoreListVillagesQuery = z.strictObject({
  kecamatan: handle.optional(),
  with_producers: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => value === "true"),
})

export type StoreListVillagesQueryType = z.infer<typeof StoreListVillagesQuery>
