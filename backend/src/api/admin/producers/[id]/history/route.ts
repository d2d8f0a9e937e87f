import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerHistory } from "../../../../../lib/audit/history"
import { requireProducer } from "../../require-producer"

/** GET /admin/producers/:id/history: status and licence changes and payouts, newest first, by whom. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await requireProducer(req.scope, req.params.id)
  res.json({ history: await producerHistory(req.scope, req.params.id) })
}
