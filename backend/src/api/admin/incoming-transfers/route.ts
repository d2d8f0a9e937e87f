import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findIncomingTransfers } from "../../../lib/settlement/incoming-transfers"
import type { AdminIncomingTransfersQueryType } from "../payment-confirmations/validators"

/** GET /admin/incoming-transfers?q=: transfers waiting for money, or found by reference (PD-…), amount or order number. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminIncomingTransfersQueryType>, res: MedusaResponse) {
  res.json(await findIncomingTransfers(req.scope, req.validatedQuery))
}
