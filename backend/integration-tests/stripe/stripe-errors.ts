/** Stripe's error body: `{ error: { type, code, message, param, ... } }`, with the HTTP status it comes with. */
export type StripeErrorBody = {
  type: "invalid_request_error" | "card_error" | "idempotency_error" | "api_error"
  message: string
  code?: string
  decline_code?: string
  param?: string
  doc_url?: string
  payment_intent?: unknown
  payment_method?: unknown
}

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody
  ) {
    super(body.message)
  }
}

const docUrl = (code: string) => `https://stripe.com/docs/error-codes/${code.replace(/_/g, "-")}`

export const stripeErrors = {
  missingKey: () =>
    new StripeApiError(401, {
      type: "invalid_request_error",
      message:
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    }),
  invalidKey: (key: string) =>
    new StripeApiError(401, {
      type: "invalid_request_error",
      message: `Invalid API Key provided: ${key.slice(0, 8)}${"*".repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`,
    }),
  noSuchPaymentIntent: (id: string) =>
    new StripeApiError(404, {
      type: "invalid_request_error",
      code: "resource_missing",
      param: "intent",
      message: `No such payment_intent: '${id}'`,
      doc_url: docUrl("resource_missing"),
    }),
  noSuchPaymentMethod: (id: string) =>
    new StripeApiError(400, {
      type: "invalid_request_error",
      code: "resource_missing",
      param: "payment_method",
      message: `No such PaymentMethod: '${id}'`,
      doc_url: docUrl("resource_missing"),
    }),
  missingParam: (param: string) =>
    new StripeApiError(400, {
      type: "invalid_request_error",
      code: "parameter_missing",
      param,
      message: `Missing required param: ${param}.`,
      doc_url: docUrl("parameter_missing"),
    }),
  invalidInteger: (param: string, value: string) =>
    new StripeApiError(400, {
      type: "invalid_request_error",
      code: "parameter_invalid_integer",
      param,
      message: `Invalid integer: ${value}`,
      doc_url: docUrl("parameter_invalid_integer"),
    }),
  unknownRoute: (method: string, path: string) =>
    new StripeApiError(404, {
      type: "invalid_request_error",
      message: `Unrecognized request URL (${method}: ${path}). This fake serves only the PaymentIntents and Refunds endpoints.`,
    }),
  unexpectedState: (message: string, paymentIntent: unknown) =>
    new StripeApiError(400, {
      type: "invalid_request_error",
      code: "payment_intent_unexpected_state",
      message,
      payment_intent: paymentIntent,
      doc_url: docUrl("payment_intent_unexpected_state"),
    }),
  idempotencyMismatch: (key: string) =>
    new StripeApiError(400, {
      type: "idempotency_error",
      message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    }),
  cardDeclined: (paymentIntent: unknown, paymentMethod: unknown) =>
    new StripeApiError(402, {
      type: "card_error",
      code: "card_declined",
      decline_code: "generic_decline",
      message: "Your card was declined.",
      doc_url: docUrl("card_declined"),
      payment_intent: paymentIntent,
      payment_method: paymentMethod,
    }),
}
