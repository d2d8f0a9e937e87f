import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { collectBuyerData } from "../../../../lib/privacy/buyer-data"
import { emailHash, maskedEmail } from "../../../../lib/privacy/subject"
import { recordDataExportWorkflow } from "../../../../workflows/privacy/record-data-export"
import { sendExport } from "../send-export"
import type { AdminBuyerExportType } from "../validators"

/** POST /admin/data-requests/buyer-export { email, format }: everything the shop holds about a buyer, recorded as an export. */
export async function POST(req: AuthenticatedMedusaRequest<AdminBuyerExportType>, res: MedusaResponse) {
  const { email, format } = req.validatedBody
  await recordDataExportWorkflow(req.scope).run({
    input: {
      kind: "export",
      subject_type: "buyer",
      subject_label: maskedEmail(email),
      subject_hash: emailHash(email),
      requested_by: req.auth_context.actor_id,
    },
  })
  const data = await collectBuyerData(req.scope, email)
  sendExport(res, data, { title: `Data pembeli ${maskedEmail(email)}`, filename: `data-pembeli-${new Date().toISOString().slice(0, 10)}`, format })
}
