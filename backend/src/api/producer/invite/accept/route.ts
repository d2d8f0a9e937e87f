import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { linkProducerLoginWorkflow } from "../../../../workflows/producer-login/link-producer-login"
import { PRODUCER_ME_FIELDS } from "../../me/validators"
import { assertNotLinked } from "../../register/unlinked-login"
import type { ProducerAcceptInviteType } from "../../register/validators"
import { verifyProducerInvite } from "../invite-token"

/**
 * POST /producer/invite/accept { token }: the invited producer has set their
 * password with POST /auth/producer/emailpass/register (same email as the
 * invite) and now claims the producer the coordinator created for them.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerAcceptInviteType>, res: MedusaResponse) {
  assertNotLinked(req)
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const invite = verifyProducerInvite(req.validatedBody.token, projectConfig.http.jwtSecret!)
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const emails = (identity.provider_identities ?? []).map((provider) => provider.entity_id.toLowerCase())
  if (!emails.includes(invite.email.toLowerCase())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "token: undangan ini untuk email lain / this invite is for another email")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({ entity: "producer", fields: ["id"], filters: { id: invite.producer_id } })
  if (!producers.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "token: produsen undangan ini sudah tidak ada / the invited producer no longer exists")
  }
  await linkProducerLoginWorkflow(req.scope).run({ input: { auth_identity_id: identity.id, producer_id: invite.producer_id } })
  const { data } = await query.graph({ entity: "producer", fields: PRODUCER_ME_FIELDS, filters: { id: invite.producer_id } })
  res.json({ producer: data[0], message: "Undangan diterima. Silakan masuk dengan email dan kata sandi Anda." })
}
