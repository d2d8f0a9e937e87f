import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { namesOf } from "../../../lib/coordinator/coordinator-names"
import { PRIVACY_MODULE } from "../../../modules/privacy"
import type PrivacyModuleService from "../../../modules/privacy/service"
import type { AdminListDataRequestsQueryType } from "./validators"

/** GET /admin/data-requests: every export and erasure carried out, newest first, with the coordinator by name. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListDataRequestsQueryType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const [requests, count] = await req.scope
    .resolve<PrivacyModuleService>(PRIVACY_MODULE)
    .listAndCountDataRequests({}, { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset })
  const names = await namesOf(
    req.scope,
    requests.map((request) => request.requested_by)
  )
  res.json({
    data_requests: requests.map((request) => ({ ...request, requested_by_name: names.get(request.requested_by) ?? request.requested_by })),
    count,
    limit,
    offset,
  })
}
