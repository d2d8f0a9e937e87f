import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cartLineProblem } from "../store/carts/cart-input-guards"
import { stockErrorHandler } from "./stock-error-handler"
import { answerPayloadTooLarge } from "./payload-too-large"
import { answerBusy } from "./busy-conflict"
import { unreadableInputProblem } from "./unreadable-input"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler (the only one it allows), after translations into
 * the buyer's words: a body over the size limit is a 413 in Indonesian
 * (payload-too-large.ts); a request that found its cart locked by another is
 * a 409 in Indonesian (busy-conflict.ts); a broken %-escape or an over-deep query key, which
 * Medusa answers with a 500, is a 400 (unreadable-input.ts); a cart line
 * Medusa's own validator refused (in English, before our middlewares run)
 * gets the reason in Indonesian, and Medusa's "Not enough stock" the product
 * and what is left (stock-error-handler.ts). Everything else answers as
 * Medusa would.
 */
export const errorsInTheBuyersWords: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (answerPayloadTooLarge(error, res) || answerBusy(error, res)) return
  const unreadable = unreadableInputProblem(error)
  if (unreadable) return medusaErrorHandler(unreadable, req, res, next)
  const invalid = (error as { type?: string } | null)?.type === MedusaError.Types.INVALID_DATA
  const translated = invalid ? cartLineProblem(req.method, req.originalUrl.split("?")[0], req.body) : null
  if (translated) return medusaErrorHandler(translated, req, res, next)
  return stockErrorHandler(error, req, res, next)
}
