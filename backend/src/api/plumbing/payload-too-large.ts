import type { MedusaResponse } from "@medusajs/framework/http"

/** Every JSON, text or form body; Medusa's batch routes keep their own, larger limit. */
export const BODY_SIZE_LIMIT = "1mb"

const MEGABYTE = 1024 * 1024

function readable(bytes: number) {
  return bytes >= MEGABYTE ? `${Math.round((bytes / MEGABYTE) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`
}

/**
 * body-parser's "request entity too large" (413), answered in Indonesian with
 * the limit of the route that refused it. Medusa passes it through in English
 * with the type "unknown_error". Nothing was read, so nothing was changed.
 */
export function answerPayloadTooLarge(error: unknown, res: MedusaResponse): boolean {
  const { type, limit } = (error ?? {}) as { type?: string; limit?: number }
  if (type !== "entity.too.large") return false
  const most = typeof limit === "number" ? readable(limit) : "1 MB"
  res.status(413).json({ type: "payload_too_large", message: `Permintaan terlalu besar: paling banyak ${most}.` })
  return true
}
