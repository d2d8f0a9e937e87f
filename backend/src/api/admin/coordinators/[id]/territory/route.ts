import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { PLACE_MODULE } from "../../../../../modules/place"
import type { AdminAssignTerritoryType } from "../../../curation/validators"

async function territoryOf(req: AuthenticatedMedusaRequest, userId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: ["id", "kecamatans.id", "kecamatans.name"], filters: { id: userId } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Koordinator '${userId}' tidak ditemukan / coordinator not found`)
  }
  return (((data[0] as { kecamatans?: unknown }).kecamatans ?? []) as Array<{ id: string; name: string } | null>).flatMap((row) => (row ? [row] : []))
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ kecamatan: await territoryOf(req, req.params.id) })
}

/** POST /admin/coordinators/:id/territory { kecamatan_ids }: replaces a coordinator's kecamatan (none = everywhere). */
export async function POST(req: AuthenticatedMedusaRequest<AdminAssignTerritoryType>, res: MedusaResponse) {
  const current = await territoryOf(req, req.params.id)
  const wanted = [...new Set(req.validatedBody.kecamatan_ids)]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: found } = await query.graph({ entity: "kecamatan", fields: ["id"], filters: { id: wanted } })
  const unknown = wanted.filter((id) => !found.some((row) => row.id === id))
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `kecamatan_ids: tidak dikenal / unknown: ${unknown.join(", ")}`)
  }
  const link = req.scope.resolve(ContainerRegistrationKeys.LINK)
  const pair = (kecamatanId: string) => ({ [Modules.USER]: { user_id: req.params.id }, [PLACE_MODULE]: { kecamatan_id: kecamatanId } })
  const removed = current.filter((row) => !wanted.includes(row.id)).map((row) => pair(row.id))
  const added = wanted.filter((id) => !current.some((row) => row.id === id)).map(pair)
  if (removed.length) await link.dismiss(removed)
  if (added.length) await link.create(added)
  res.json({ kecamatan: await territoryOf(req, req.params.id) })
}
