import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"

export type ProducerPasswordResetInput = { email: string; token: string }

export const sendProducerPasswordResetWorkflowId = "send-producer-password-reset"

/** Where the panel lets a producer choose a new password; the panel posts it to /auth/producer/emailpass/update. */
export const PASSWORD_RESET_PATH = "/panel/atur-ulang-sandi"

/**
 * Sends a producer the link to choose a new password (Medusa made the
 * single-use token). The email provider decides how it reaches them.
 *
 * @example
 * await sendProducerPasswordResetWorkflow(container).run({ input: { email: "sri@example.com", token: "eyJ..." } })
 */
export const sendProducerPasswordResetWorkflow = createWorkflow(sendProducerPasswordResetWorkflowId, (input: ProducerPasswordResetInput) => {
  const notifications = sendNotificationsStep(
    transform({ input }, ({ input }) => [
      {
        to: input.email,
        channel: "email",
        template: "producer-password-reset",
        data: {
          subject: "Atur ulang kata sandi Pasar Desa",
          reset_path: `${PASSWORD_RESET_PATH}?token=${encodeURIComponent(input.token)}&email=${encodeURIComponent(input.email)}`,
          token: input.token,
        },
      },
    ])
  )
  return new WorkflowResponse(notifications)
})
