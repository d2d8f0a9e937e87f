import { z } from "@medusajs/framework/zod"

const email = z.email({ message: "email: alamat email pembeli / the buyer's email" }).max(254)
const format = z.enum(["json", "html"], { message: "format: json atau html / json or html" }).default("json")

export const AdminBuyerExport = z.strictObject({ email, format })
export type AdminBuyerExportType = z.infer<typeof AdminBuyerExport>

export const AdminBuyerErasure = z.strictObject({
  email,
  reason: z
    .string({ message: "reason: tulis dasar permintaan (mis. surat pembeli tanggal …) / the request it answers" })
    .trim()
    .min(5, "reason: tulis dasar permintaan (mis. surat pembeli tanggal …) / the request it answers")
    .max(300, "reason: paling banyak 300 huruf / too long"),
})
export type AdminBuyerErasureType = z.infer<typeof AdminBuyerErasure>

export const AdminProducerExport = z.strictObject({ producer_id: z.string().trim().min(1).max(64), format })
export type AdminProducerExportType = z.infer<typeof AdminProducerExport>

export const AdminListDataRequestsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListDataRequestsQueryType = z.infer<typeof AdminListDataRequestsQuery>
