import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Categories must exist; a wrong id is the producer's mistake (400), not a server error. */
export async function assertCategoriesExist(scope: MedusaContainer, ids: string[] | undefined) {
  if (!ids?.length) {
    return
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_category", fields: ["id"], filters: { id: ids } })
  const missing = ids.filter((id) => !data.some((row) => row.id === id))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `category_ids: kategori tidak ditemukan: ${missing.join(", ")} / category not found`)
  }
}
