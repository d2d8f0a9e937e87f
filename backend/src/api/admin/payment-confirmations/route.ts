import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmationHistory } from "../../../lib/settlement/confirmation-history"
import type { AdminListConfirmationsQueryType } from "./validators"

/** GET /admin/payment-confirmations?method=&from=&to=: every transfer and cash confirmation, newest first, with who recorded it. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListConfirmationsQueryType>, res: MedusaResponse) {
  res.json(await confirmationHistory(req.scope, req.validatedQuery))
}
