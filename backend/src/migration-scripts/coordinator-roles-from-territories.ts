import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COORDINATOR_MODULE } from "../modules/coordinator"
import type CoordinatorModuleService from "../modules/coordinator/service"

/**
 * Runs once (medusa db:migrate) on a shop that existed before coordinator
 * roles. Until then a coordinator with kecamatan was limited to them and one
 * without worked everywhere; each keeps exactly that as an explicit role, so
 * nobody is locked out and nobody gains rights. On a new shop there are no
 * users yet and the first seeded coordinator becomes the head.
 */
export default async function coordinatorRolesFromTerritories({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const roles: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
  const [{ data: users }, stored] = await Promise.all([
    query.graph({ entity: "user", fields: ["id", "kecamatans.id"] }),
    roles.listCoordinatorRoles({}, { select: ["user_id"] }),
  ])
  const withRole = new Set(stored.map((row) => row.user_id))
  const missing = users
    .filter((user) => !withRole.has(user.id))
    .map((user) => {
      const kecamatans = (user.kecamatans ?? []).filter(Boolean)
      return { user_id: user.id, role: kecamatans.length ? ("kecamatan" as const) : ("head" as const) }
    })
  if (missing.length) {
    await roles.createCoordinatorRoles(missing)
  }
}
