import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The kecamatan a coordinator is assigned to; empty means everywhere. */
export async function coordinatorTerritory(req: AuthenticatedMedusaRequest): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: ["id", "kecamatans.id"], filters: { id: req.auth_context.actor_id } })
  return (((data[0] as { kecamatans?: unknown } | undefined)?.kecamatans ?? []) as Array<{ id: string } | null>).flatMap((kecamatan) => (kecamatan ? [kecamatan.id] : []))
}

/** A coordinator assigned to kecamatan may act only on products made there. */
export async function assertInTerritory(req: AuthenticatedMedusaRequest, kecamatanId: string | null) {
  const territory = await coordinatorTerritory(req)
  if (territory.length && (!kecamatanId || !territory.includes(kecamatanId))) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Produk ini di luar kecamatan wilayah kurasi Anda / this product is outside the kecamatan you curate"
    )
  }
}
