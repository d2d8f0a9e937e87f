import { medusa } from "../medusa"
import { PanelError } from "./api.server"
import { forwardedFor } from "../client-address"
import { indonesian } from "./messages"

export const RESET_THROTTLED = "Terlalu banyak permintaan atur ulang kata sandi. Coba lagi dalam 15 menit."
export const RESET_LINK_INVALID = "Tautan atur ulang kata sandi ini sudah dipakai atau kedaluwarsa. Minta tautan baru."

/** Medusa's reset route for the producer actor: it answers alike whether the email exists or not, and so does the panel. */
export async function requestPasswordReset(email: string, clientAddress: string | undefined): Promise<void> {
  try {
    // As the SDK's auth.resetPassword does (the route answers a bare "Created", not JSON), plus the
    // producer's own address: the backend limits requests per address, and without it every panel
    // user would share the storefront's one.
    await medusa.client.fetch("/auth/producer/emailpass/reset-password", {
      method: "POST",
      body: { identifier: email },
      headers: { accept: "text/plain", ...forwardedFor(clientAddress) },
    })
  } catch (error) {
    const { message, status } = error as { message?: string; status?: number }
    if (status === 429) throw new PanelError(message ? indonesian(message) : RESET_THROTTLED, 429)
    throw new PanelError("Permintaan gagal dikirim. Coba lagi.", status ?? 500)
  }
}

/** Sets the new password with the emailed token as bearer; Medusa accepts each token once. */
export async function setNewPassword(token: string, password: string): Promise<void> {
  try {
    await medusa.auth.updateProvider("producer", "emailpass", { password }, token)
  } catch (error) {
    const { status } = error as { status?: number }
    throw new PanelError(status !== undefined && status >= 400 && status < 500 ? RESET_LINK_INVALID : "Kata sandi gagal disimpan. Coba lagi.", status ?? 500)
  }
}
