import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { INVITE_VALID_DAYS, signProducerInvite } from "../../../../producer/invite/invite-token"
import type { AdminInviteProducerType } from "../../validators"

/**
 * POST /admin/producers/:id/invite { email }: a coordinator invites the
 * producer's owner. The answer holds the token for the invite link the
 * coordinator shares (by WhatsApp); the producer sets a password and accepts.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminInviteProducerType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Produsen '${req.params.id}' tidak ditemukan / producer not found`)
  }
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const email = req.validatedBody.email.toLowerCase()
  const token = signProducerInvite({ producer_id: req.params.id, email }, projectConfig.http.jwtSecret!)
  const expiresAt = new Date(Date.now() + INVITE_VALID_DAYS * 24 * 60 * 60 * 1000)
  res.status(201).json({ invite: { producer_id: req.params.id, email, token, expires_at: expiresAt.toISOString() } })
}
