import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cartLineProblem } from "./store/carts/cart-input-guards"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, after one translation: a cart line Medusa's own
 * validator refused (in English, before our middlewares run) gets the
 * buyer's reason in Indonesian. Everything else answers as Medusa would.
 */
export function errorsInTheBuyersWords(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const invalid = (error as { type?: string } | null)?.type === MedusaError.Types.INVALID_DATA
  const translated = invalid ? cartLineProblem(req.method, req.originalUrl.split("?")[0], req.body) : null
  return medusaErrorHandler(translated ?? error, req, res, next)
}
