import { z } from "@medusajs/framework/zod"

export const StoreAskStockAlert = z.strictObject({
  handle: z
    .string()
    .max(120)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle: handle produk tidak sah / not a product handle"),
  email: z.email({ message: "email: tulis alamat email yang benar / a valid email address" }).max(254),
  // A pattern, not z.enum: Medusa rewrites an enum's error into English-only text.
  locale: z
    .string()
    .regex(/^(?:id|en)$/, "locale: id atau en / id or en")
    .optional()
    .transform((locale) => (locale ?? "id") as "id" | "en"),
})

export type StoreAskStockAlertType = z.infer<typeof StoreAskStockAlert>
