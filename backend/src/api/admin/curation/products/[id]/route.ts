import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveCurationDetail } from "./curation-detail"

/** GET /admin/curation/products/:id: product, producer, village, licences, checklist and history. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { detail } = await retrieveCurationDetail(req.scope, req.params.id)
  res.json(detail)
}
