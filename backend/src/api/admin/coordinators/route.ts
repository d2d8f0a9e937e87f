import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COORDINATOR_MODULE } from "../../../modules/coordinator"
import type CoordinatorModuleService from "../../../modules/coordinator/service"

/**
 * GET /admin/coordinators: every admin account with its role and kecamatan, by name, for the coordinators'
 * page. Any coordinator may read it (who works where is no secret inside the programme); only a head
 * changes it (POST /admin/coordinators/:id/territory).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const roles: CoordinatorModuleService = req.scope.resolve(COORDINATOR_MODULE)
  const [{ data: users }, stored] = await Promise.all([
    query.graph({ entity: "user", fields: ["id", "email", "first_name", "last_name", "kecamatans.id", "kecamatans.name"] }),
    roles.listCoordinatorRoles({}, { select: ["user_id", "role"] }),
  ])
  const roleOf = new Map(stored.map((row) => [row.user_id, row.role]))
  const coordinators = users
    .map((user) => ({
      id: user.id,
      email: user.email,
      name: [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email,
      role: roleOf.get(user.id) ?? "kecamatan",
      kecamatan: (user.kecamatans ?? []).flatMap((row) => (row ? [{ id: row.id, name: row.name }] : [])),
    }))
    .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name, "id") : a.role === "head" ? -1 : 1))
  res.json({ coordinators })
}
