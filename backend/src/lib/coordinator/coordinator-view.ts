import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { coordinatorAccess } from "./coordinator-access"

/** What the admin shows of a coordinator: role and kecamatan with their names. */
export async function coordinatorView(container: MedusaContainer, userId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, access] = await Promise.all([
    query.graph({ entity: "user", fields: ["id", "kecamatans.id", "kecamatans.name"], filters: { id: userId } }),
    coordinatorAccess(container, userId),
  ])
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Koordinator '${userId}' tidak ditemukan / coordinator not found`)
  }
  const kecamatan = (data[0].kecamatans ?? []).flatMap((row) => (row ? [{ id: row.id, name: row.name }] : []))
  return { id: userId, role: access.role, kecamatan }
}
