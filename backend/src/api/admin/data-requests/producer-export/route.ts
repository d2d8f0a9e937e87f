import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { collectProducerData } from "../../../../lib/privacy/producer-data"
import { recordDataExportWorkflow } from "../../../../workflows/privacy/record-data-export"
import { sendExport } from "../send-export"
import type { AdminProducerExportType } from "../validators"

/** POST /admin/data-requests/producer-export { producer_id, format }: everything the shop holds about a producer, recorded as an export. */
export async function POST(req: AuthenticatedMedusaRequest<AdminProducerExportType>, res: MedusaResponse) {
  const { producer_id, format } = req.validatedBody
  const data = await collectProducerData(req.scope, producer_id)
  if (!data) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Produsen ${producer_id} tidak ditemukan / producer not found`)
  await recordDataExportWorkflow(req.scope).run({
    input: { kind: "export", subject_type: "producer", subject_label: producer_id, requested_by: req.auth_context.actor_id },
  })
  sendExport(res, data, { title: `Data produsen ${data.producer.business_name}`, filename: `data-produsen-${data.producer.handle}`, format })
}
