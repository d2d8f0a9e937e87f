import { MedusaError } from "@medusajs/framework/utils"
import jwt, { type Secret } from "jsonwebtoken"

const PURPOSE = "producer_invite"
export const INVITE_VALID_DAYS = 7
/** The panel page an invite link opens (storefront/src/pages/panel/undangan.astro). */
export const INVITE_PAGE = "/panel/undangan"

export type ProducerInvite = { producer_id: string; email: string }

/**
 * An invite is a signed token (the app's JWT secret) naming the producer and
 * the email that may claim it; nothing is stored, and it expires on its own.
 * Coordinators send the link by WhatsApp, so it must stand alone.
 */
export function signProducerInvite(invite: ProducerInvite, secret: Secret) {
  return jwt.sign({ purpose: PURPOSE, ...invite }, secret, { expiresIn: `${INVITE_VALID_DAYS}d` })
}

export function verifyProducerInvite(token: string, secret: Secret): ProducerInvite {
  try {
    const payload = jwt.verify(token, secret) as Partial<ProducerInvite> & { purpose?: string }
    if (payload.purpose === PURPOSE && payload.producer_id && payload.email) {
      return { producer_id: payload.producer_id, email: payload.email }
    }
  } catch {
    // expired or forged: the same answer as a token of another kind
  }
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "token: undangan tidak sah atau sudah kedaluwarsa; minta undangan baru ke koordinator / invalid or expired invite"
  )
}
