import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cartLineProblem } from "./store/carts/cart-input-guards"
import { stockErrorHandler } from "./stock-error-handler"
import { BODY_TOO_LARGE_MESSAGE, isBodyTooLarge } from "./body-size-limit"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, after two translations into the buyer's words: a
 * cart line Medusa's own validator refused (in English, before our
 * middlewares run) gets the reason in Indonesian, and Medusa's "Not enough
 * stock" the product and what is left (stock-error-handler.ts). A body over
 * the size limit keeps its 413 but says so in Indonesian (body-size-limit.ts).
 * Everything else answers as Medusa would.
 */
export const errorsInTheBuyersWords: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (isBodyTooLarge(error)) error.message = BODY_TOO_LARGE_MESSAGE
  const invalid = (error as { type?: string } | null)?.type === MedusaError.Types.INVALID_DATA
  const translated = invalid ? cartLineProblem(req.method, req.originalUrl.split("?")[0], req.body) : null
  if (translated) return medusaErrorHandler(translated, req, res, next)
  return stockErrorHandler(error, req, res, next)
}
