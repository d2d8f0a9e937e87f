import { z } from "@medusajs/framework/zod"

export const AdminListReviewsQuery = z.strictObject({
  // A pattern, not z.enum: Medusa rewrites an enum's error into English-only text.
  status: z
    .string()
    .regex(/^(?:pending|approved|rejected)$/, "status: pending, approved atau rejected / pending, approved or rejected")
    .default("pending")
    .transform((status) => status as "pending" | "approved" | "rejected"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListReviewsQueryType = z.infer<typeof AdminListReviewsQuery>

export const AdminModerateReview = z
  .strictObject({
    status: z
      .string()
      .regex(/^(?:approved|rejected)$/, "status: approved atau rejected / approved or rejected")
      .transform((status) => status as "approved" | "rejected"),
    // A pattern, not .max(): Medusa rewrites a length error into English-only text.
    note: z
      .string()
      .trim()
      .regex(/^[\s\S]{0,300}$/, "note: paling banyak 300 huruf / at most 300 characters")
      .optional(),
  })
  .refine((body) => body.status === "approved" || (body.note?.length ?? 0) >= 5, {
    path: ["note"],
    message: "note: tulis alasan penolakan untuk catatan / say why the review is rejected",
  })
export type AdminModerateReviewType = z.infer<typeof AdminModerateReview>
