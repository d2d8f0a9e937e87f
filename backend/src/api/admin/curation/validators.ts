import { z } from "@medusajs/framework/zod"
import { COORDINATOR_ROLES } from "../../../modules/coordinator/roles"
import { CURATION_STATES } from "../../../modules/curation/states"

export const AdminListCurationQuery = z.strictObject({
  status: z.enum(CURATION_STATES).optional(),
  kecamatan: z.string().min(1).optional(),
  producer: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminCurationAction = z.strictObject({
  reason: z.string().trim().max(2000).optional(),
})

/** URL segments of the actions, mapped to the lifecycle's names. */
export const ACTION_BY_SEGMENT = {
  approve: "approve",
  "request-changes": "request_changes",
  reject: "reject",
  revoke: "revoke",
} as const

/** A head works everywhere (no kecamatan); a kecamatan coordinator needs at least one kecamatan. */
export const AdminAssignTerritory = z
  .strictObject({ role: z.enum(COORDINATOR_ROLES), kecamatan_ids: z.array(z.string().min(1)).max(12).default([]) })
  .refine((body) => (body.role === "head" ? body.kecamatan_ids.length === 0 : body.kecamatan_ids.length > 0), {
    path: ["kecamatan_ids"],
    message: "kecamatan_ids: koordinator kabupaten tanpa kecamatan, koordinator kecamatan minimal satu / a head has none, a kecamatan coordinator at least one",
  })

export type AdminListCurationQueryType = z.infer<typeof AdminListCurationQuery>
export type AdminCurationActionType = z.infer<typeof AdminCurationAction>
export type AdminAssignTerritoryType = z.infer<typeof AdminAssignTerritory>
