import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendProducerPasswordResetWorkflow } from "../workflows/producer-login/send-producer-password-reset"

type PasswordReset = { entity_id: string; actor_type: string; token: string }

/** POST /auth/producer/emailpass/reset-password: the producer gets their reset link (other actors are not ours). */
export default async function sendProducerPasswordReset({ event, container }: SubscriberArgs<PasswordReset>) {
  if (event.data.actor_type !== "producer") {
    return
  }
  await sendProducerPasswordResetWorkflow(container).run({ input: { email: event.data.entity_id, token: event.data.token } })
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
  context: { subscriberId: "producer-password-reset" },
}
