import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVITE_VALID_DAYS, signProducerInvite } from "../../../../producer/invite/invite-token"
import { requireProducer } from "../../require-producer"
import type { AdminInviteProducerType } from "../../validators"

/**
 * POST /admin/producers/:id/invite { email }: a coordinator invites the
 * producer's owner. The answer holds the token for the invite link the
 * coordinator shares (by WhatsApp); the producer sets a password and accepts.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminInviteProducerType>, res: MedusaResponse) {
  await requireProducer(req.scope, req.params.id)
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const email = req.validatedBody.email.toLowerCase()
  const token = signProducerInvite({ producer_id: req.params.id, email }, projectConfig.http.jwtSecret!)
  const expiresAt = new Date(Date.now() + INVITE_VALID_DAYS * 24 * 60 * 60 * 1000)
  res.status(201).json({ invite: { producer_id: req.params.id, email, token, expires_at: expiresAt.toISOString() } })
}
