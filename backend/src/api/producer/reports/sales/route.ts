import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerSalesReport } from "../../../../lib/reports/producer-sales"
import type { ProducerSalesQueryType } from "./validators"

/** GET /producer/reports/sales?period=day|week|month&from=&to=: what the signed-in producer sold, by period and by product. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerSalesQueryType>, res: MedusaResponse) {
  res.json(await producerSalesReport(req.scope, req.auth_context.actor_id, req.validatedQuery))
}
