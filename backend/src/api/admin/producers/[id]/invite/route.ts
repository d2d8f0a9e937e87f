import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readBackendEnv, shopAddress } from "../../../../../lib/env"
import { INVITE_PAGE, INVITE_VALID_DAYS, signProducerInvite } from "../../../../producer/invite/invite-token"
import { requireProducer } from "../../require-producer"
import type { AdminInviteProducerType } from "../../validators"

/**
 * POST /admin/producers/:id/invite { email }: a coordinator invites the
 * producer's owner. The answer holds the invite link the coordinator shares
 * (by WhatsApp, from the admin): on that panel page the producer sets a
 * password and accepts. `path` is the link within the shop, `url` the whole of it.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminInviteProducerType>, res: MedusaResponse) {
  await requireProducer(req.scope, req.params.id)
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const email = req.validatedBody.email.toLowerCase()
  const token = signProducerInvite({ producer_id: req.params.id, email }, projectConfig.http.jwtSecret!)
  const expiresAt = new Date(Date.now() + INVITE_VALID_DAYS * 24 * 60 * 60 * 1000)
  const path = `${INVITE_PAGE}?token=${encodeURIComponent(token)}`
  const url = `${shopAddress(readBackendEnv(process.env))}${path}`
  res.status(201).json({ invite: { producer_id: req.params.id, email, token, path, url, expires_at: expiresAt.toISOString() } })
}
