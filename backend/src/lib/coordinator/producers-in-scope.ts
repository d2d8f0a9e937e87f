import type { MedusaContainer } from "@medusajs/framework/types"
import { coordinatorAccess } from "./coordinator-access"
import { producerIdsIn } from "./kecamatan-of"

/**
 * The producers a coordinator works with (a kecamatan coordinator: those of
 * their kecamatan), narrowed to one kecamatan when asked: null for every
 * producer (a head coordinator asking for none), an empty list for none.
 */
export async function producersInScope(container: MedusaContainer, actorId: string, kecamatanId?: string): Promise<string[] | null> {
  const access = await coordinatorAccess(container, actorId)
  const territory = access.role === "head" ? null : await producerIdsIn(container, access.kecamatan_ids)
  if (!kecamatanId) return territory
  const asked = await producerIdsIn(container, [kecamatanId])
  return territory ? asked.filter((id) => territory.includes(id)) : asked
}
