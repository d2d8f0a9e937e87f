/**
 * What the panel may show of an invite before the producer accepts it: the email it is for and whether it has
 * expired, read from the token's payload without checking its signature. That is the backend's to do when the
 * invite is claimed; this only spares a producer a form that could not succeed.
 */
export type InviteGlance = { email: string; expired: boolean }

export function glanceAtInvite(token: string, now = Date.now()): InviteGlance | undefined {
  const payload = token.split(".")[1]
  if (!payload) return undefined
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { purpose?: unknown; email?: unknown; exp?: unknown }
    if (claims.purpose !== "producer_invite" || typeof claims.email !== "string") return undefined
    return { email: claims.email, expired: typeof claims.exp === "number" && claims.exp * 1000 <= now }
  } catch {
    return undefined
  }
}
