// The parts of Midtrans' `midtrans-client` (plain JavaScript) this provider uses, as its sources define them.
declare module "midtrans-client" {
  type ClientOptions = { isProduction: boolean; serverKey: string; clientKey: string }
  type ApiConfig = { getSnapApiBaseUrl(): string; getCoreApiBaseUrl(): string }
  type Transaction = {
    status(orderId: string): Promise<Record<string, unknown>>
    expire(orderId: string): Promise<Record<string, unknown>>
    cancel(orderId: string): Promise<Record<string, unknown>>
    refund(orderId: string, parameter: { amount: number; reason?: string; refund_key?: string }): Promise<Record<string, unknown>>
  }
  export class Snap {
    constructor(options: ClientOptions)
    apiConfig: ApiConfig
    createTransaction(parameter: Record<string, unknown>): Promise<{ token: string; redirect_url: string }>
  }
  export class CoreApi {
    constructor(options: ClientOptions)
    apiConfig: ApiConfig
    transaction: Transaction
  }
  /** Thrown for an answer of 400 or more; `httpStatusCode` is Midtrans' status_code when the body carries one. */
  export class MidtransError extends Error {
    httpStatusCode: number | string | null
    ApiResponse: unknown
  }
}
