import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** Signing up and claiming an invite are for a login that belongs to no producer yet. */
export function assertNotLinked(req: AuthenticatedMedusaRequest) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Akun ini sudah terhubung ke produsen / this login already belongs to a producer")
  }
}
