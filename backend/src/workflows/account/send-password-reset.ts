import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createHash } from "node:crypto"
import { sendNotificationsWhenConfiguredStep } from "../notification/steps/send-notifications-when-configured"

/** The accounts that reset a forgotten password from our pages: producers in the panel, buyers on the storefront. */
export type ResettingActor = "producer" | "customer"

export type PasswordResetInput = { email: string; token: string; actor_type: ResettingActor }

/**
 * Where each kind of account chooses a new password (the page posts it to
 * /auth/<actor>/emailpass/update with the token), and the message that links there.
 */
const RESET_MESSAGE_ID =
  "Ada permintaan untuk mengatur ulang kata sandi akun Pasar Desa Anda. Buka tautan di bawah ini untuk memilih kata sandi baru. Bila Anda tidak memintanya, abaikan pesan ini: kata sandi Anda tetap."

export const PASSWORD_RESET_PAGES: Record<ResettingActor, { path: string; template: string; subject: string; message: string }> = {
  producer: { path: "/panel/atur-ulang-sandi", template: "producer-password-reset", subject: "Atur ulang kata sandi Pasar Desa", message: RESET_MESSAGE_ID },
  customer: {
    path: "/akun/atur-ulang-sandi",
    template: "buyer-password-reset",
    subject: "Atur ulang kata sandi Pasar Desa OK OCE / Reset your Pasar Desa password",
    message: `${RESET_MESSAGE_ID}\n\nSomeone asked to reset the password of your Pasar Desa account. Open the link below to choose a new one. If it was not you, ignore this message: your password stays as it is.`,
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
  const notifications = sendNotificationsWhenConfiguredStep(
    transform({ input }, ({ input }) => {
      const page = PASSWORD_RESET_PAGES[input.actor_type]
      return [
        {
          to: input.email,
          channel: "email",
          template: page.template,
          // One message per reset link, however often the request is handled.
          idempotency_key: `${page.template}:${createHash("sha256").update(input.token).digest("hex").slice(0, 32)}`,
          data: {
            subject: page.subject,
            message: page.message,
            reset_path: `${page.path}?token=${encodeURIComponent(input.token)}&email=${encodeURIComponent(input.email)}`,
            token: input.token,
          },
        },
      ]
    })
  )
  return new WorkflowResponse(notifications)
})
