import { z } from "@medusajs/framework/zod"
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

export const AdminAssignTerritory = z.strictObject({ kecamatan_ids: z.array(z.string().min(1)).max(12) })

export type AdminListCurationQueryType = z.infer<typeof AdminListCurationQuery>
export type AdminCurationActionType = z.infer<typeof AdminCurationAction>
export type AdminAssignTerritoryType = z.infer<typeof AdminAssignTerritory>
