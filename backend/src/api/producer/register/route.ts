import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { registerProducerWorkflow } from "../../../workflows/producer-login/register-producer"
import { PRODUCER_ME_FIELDS } from "../me/validators"
import { assertNotLinked } from "./unlinked-login"
import type { ProducerRegisterType } from "./validators"

/**
 * POST /producer/register: after signing up with POST /auth/producer/emailpass/register,
 * the new login creates its producer, pending until a coordinator activates it.
 * The producer signs in again to get a token that carries the producer.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerRegisterType>, res: MedusaResponse) {
  assertNotLinked(req)
  const body = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { result } = await registerProducerWorkflow(req.scope).run({ input: { auth_identity_id: req.auth_context.auth_identity_id, producer: body } })
  const { data } = await query.graph({ entity: "producer", fields: PRODUCER_ME_FIELDS, filters: { id: result.id } })
  res
    .status(201)
    .json({ producer: data[0], message: "Pendaftaran diterima. Koordinator OK OCE akan memeriksa dan mengaktifkan akun Anda; silakan masuk lagi." })
}
