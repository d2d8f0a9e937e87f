import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** GET /admin/places/kecamatan: the kecamatan, for filters and territories. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "kecamatan", fields: ["id", "code", "name", "handle"] })
  res.json({ kecamatan: [...data].sort((a, b) => a.code.localeCompare(b.code)) })
}
