import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COORDINATOR_MODULE } from "../../modules/coordinator"
import type { CoordinatorRole } from "../../modules/coordinator/roles"
import type CoordinatorModuleService from "../../modules/coordinator/service"

export type CoordinatorAccess = { role: CoordinatorRole; kecamatan_ids: string[] }

/** A coordinator's role and the kecamatan they work in; no role stored means a kecamatan coordinator (see roles.ts). */
export async function coordinatorAccess(container: MedusaContainer, userId: string): Promise<CoordinatorAccess> {
  const roles: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [stored, { data }] = await Promise.all([
    roles.listCoordinatorRoles({ user_id: userId }, { select: ["role"] }),
    query.graph({ entity: "user", fields: ["id", "kecamatans.id"], filters: { id: userId } }),
  ])
  const kecamatans = (data[0]?.kecamatans ?? []).flatMap((row) => (row ? [row.id] : []))
  return { role: stored[0]?.role ?? "kecamatan", kecamatan_ids: kecamatans }
}

/**
 * Whether a coordinator may act on what lies in these kecamatan (one per
 * producer touched). A head may act anywhere; a kecamatan coordinator only
 * when every one of them is theirs: something without a known kecamatan
 * (null) is outside, so an unknown or producer-less target is refused.
 */
export function coversAll(access: CoordinatorAccess, kecamatanIds: Array<string | null>) {
  if (access.role === "head") {
    return true
  }
  return kecamatanIds.length > 0 && kecamatanIds.every((id) => id !== null && access.kecamatan_ids.includes(id))
}

/** Heads among existing users: a head whose user was deleted no longer counts. */
export async function headCoordinatorIds(container: MedusaContainer): Promise<string[]> {
  const roles: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
  const heads = await roles.listCoordinatorRoles({ role: "head" }, { select: ["user_id"] })
  if (!heads.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: ["id"], filters: { id: heads.map((head) => head.user_id) } })
  return data.map((user) => user.id)
}
