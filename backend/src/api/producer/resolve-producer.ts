import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Routes a producer still waiting for a coordinator may use: their own profile. */
const PENDING_ALLOWED = /^\/producer\/me\/?$/
/**
 * Routes a suspended producer may still use: their profile (with the reason), the orders buyers
 * already placed and paid, which must still be packed and sent, and what they are owed. Selling
 * anything new is closed.
 */
const SUSPENDED_ALLOWED = [
  { method: "GET", path: /^\/producer\/me\/?$/ },
  { method: "GET", path: /^\/producer\/orders(\/[^/]+)?\/?$/ },
  { method: "POST", path: /^\/producer\/orders\/[^/]+\/(status|decline)\/?$/ },
  { method: "GET", path: /^\/producer\/orders\/[^/]+\/packing-slip\/?$/ },
  // What the centre owes them is still theirs to read.
  { method: "GET", path: /^\/producer\/settlement(\/statement)?\/?$/ },
  // So is what they sold.
  { method: "GET", path: /^\/producer\/reports\/sales\/?$/ },
]
/** Routes for a login not yet tied to a producer: signing up, or claiming an invite. */
const UNLINKED_ALLOWED = /^\/producer\/(register|invite\/accept)\/?$/

/**
 * The token says which producer signed in (app_metadata.producer_id at login),
 * but the producer's status can change after that: it is read on every request,
 * so a suspension takes effect at once rather than when the token expires.
 */
export async function resolveProducer(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const producerId = req.auth_context?.actor_id
  const path = req.originalUrl.split("?")[0]
  if (!producerId && UNLINKED_ALLOWED.test(path)) {
    next()
    return
  }
  if (!producerId) {
    res.status(401).json({ type: "unauthorized", message: "Akun ini belum terhubung ke produsen mana pun. Hubungi koordinator OK OCE." })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["id", "status", "status_reason"], filters: { id: producerId } })
  const producer = data[0]
  if (!producer) {
    res.status(401).json({ type: "unauthorized", message: "Produsen untuk akun ini tidak ditemukan. Hubungi koordinator OK OCE." })
    return
  }
  if (producer.status === "suspended" && !SUSPENDED_ALLOWED.some((allowed) => allowed.method === req.method && allowed.path.test(path))) {
    // The coordinator's reason is written for the producer: they read it here, not only in the admin.
    const reason = producer.status_reason?.trim()
    res.status(403).json({
      type: "not_allowed",
      message: `Akun produsen Anda sedang ditangguhkan${reason ? `: ${reason}` : ""}. Pesanan yang sudah masuk tetap bisa diproses. Hubungi koordinator OK OCE.`,
    })
    return
  }
  if (producer.status === "pending" && !PENDING_ALLOWED.test(path)) {
    res.status(403).json({ type: "not_allowed", message: "Akun produsen Anda belum diaktifkan koordinator OK OCE." })
    return
  }
  next()
}
