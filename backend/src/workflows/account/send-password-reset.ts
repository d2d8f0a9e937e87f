import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"

/** The accounts that reset a forgotten password from our pages: producers in the panel, buyers on the storefront. */
export type ResettingActor = "producer" | "customer"

export type PasswordResetInput = { email: string; token: string; actor_type: ResettingActor }

/**
 * Where each kind of account chooses a new password (the page posts it to
 * /auth/<actor>/emailpass/update with the token), and the message that links there.
 */
export const PASSWORD_RESET_PAGES: Record<ResettingActor, { path: string; template: string; subject: string }> = {
  producer: { path: "/panel/atur-ulang-sandi", template: "producer-password-reset", subject: "Atur ulang kata sandi Pasar Desa" },
  customer: {
    path: "/akun/atur-ulang-sandi",
    template: "buyer-password-reset",
    subject: "Atur ulang kata sandi Pasar Desa OK OCE / Reset your Pasar Desa password",
  },
}

export const isResettingActor = (actor: string): actor is ResettingActor => actor === "producer" || actor === "customer"

/**
 * Sends a producer or a buyer the link to choose a new password (Medusa made
 * the single-use token). The email provider decides how it reaches them.
 *
 * @example
 * await sendPasswordResetWorkflow(container).run({ input: { email: "sri@example.com", token: "eyJ...", actor_type: "producer" } })
 */
export const sendPasswordResetWorkflow = createWorkflow("send-password-reset", (input: PasswordResetInput) => {
  const notifications = sendNotificationsStep(
    transform({ input }, ({ input }) => {
      const page = PASSWORD_RESET_PAGES[input.actor_type]
      return [
        {
          to: input.email,
          channel: "email",
          template: page.template,
          data: {
            subject: page.subject,
            reset_path: `${page.path}?token=${encodeURIComponent(input.token)}&email=${encodeURIComponent(input.email)}`,
            token: input.token,
          },
        },
      ]
    })
  )
  return new WorkflowResponse(notifications)
})
