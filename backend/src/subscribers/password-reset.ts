import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { isResettingActor, sendPasswordResetWorkflow } from "../workflows/account/send-password-reset"

type PasswordReset = { entity_id: string; actor_type: string; token: string }

/**
 * POST /auth/{producer,customer}/emailpass/reset-password: the producer or
 * buyer gets their reset link (coordinators reset theirs in Medusa's admin).
 */
export default async function sendPasswordReset({ event, container }: SubscriberArgs<PasswordReset>) {
  const { actor_type, entity_id, token } = event.data
  if (!isResettingActor(actor_type)) return
  await sendPasswordResetWorkflow(container).run({ input: { email: entity_id, token, actor_type } })
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
  context: { subscriberId: "password-reset" },
}
