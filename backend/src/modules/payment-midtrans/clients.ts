// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the package has no types: each tsconfig that reaches this file (backend, integration tests) gets them here
/// <reference path="./midtrans-client.d.ts" />
import { CoreApi, Snap } from "midtrans-client"
import type { MidtransTransaction } from "./transaction-status"

export type MidtransOptions = {
  serverKey: string
  clientKey: string
  isProduction: boolean
  /** How long a buyer has to pay before Midtrans expires the transaction (and the order is cancelled). */
  hoursToPay: number
  /** Where both clients send their requests instead of Midtrans: a local fake in tests. */
  apiBase?: string
}

export type MidtransClients = { snap: Snap; core: CoreApi }

/**
 * Midtrans' Snap client (creates the transactions buyers pay on Snap's page) and
 * Core API client (the status, cancel, expire and refund of a transaction). The
 * package has its hosts as fixed values; with `apiBase` this client's config
 * answers that host instead, so the real clients talk to a local fake.
 */
export function midtransClients(options: MidtransOptions): MidtransClients {
  const config = { isProduction: options.isProduction, serverKey: options.serverKey, clientKey: options.clientKey }
  const snap = new Snap(config)
  const core = new CoreApi(config)
  if (options.apiBase) {
    const base = options.apiBase.replace(/\/$/, "")
    snap.apiConfig.getSnapApiBaseUrl = () => `${base}/snap/v1`
    core.apiConfig.getCoreApiBaseUrl = () => base
  }
  return { snap, core }
}

/** The transaction as Midtrans knows it, or undefined while the buyer has not chosen how to pay (Midtrans answers 404). */
export async function transactionOf(clients: MidtransClients, orderId: string): Promise<MidtransTransaction | undefined> {
  try {
    return (await clients.core.transaction.status(orderId)) as MidtransTransaction
  } catch (error) {
    if (Number((error as { httpStatusCode?: unknown }).httpStatusCode) === 404) return undefined
    throw error
  }
}

/**
 * Closes a transaction nobody has paid yet (its QR code or virtual account stops taking money), so
 * nobody pays for an order that is gone. One whose buyer has not yet chosen how to pay on Snap's
 * page has no transaction at Midtrans to close (the status API answers 404); its Snap page lapses at
 * the expiry it was created with. Answers the transaction's status afterwards, undefined when it
 * was never opened.
 */
export async function closeUnpaidTransaction(clients: MidtransClients, orderId: string): Promise<string | undefined> {
  const transaction = await transactionOf(clients, orderId)
  if (transaction?.transaction_status !== "pending") return transaction?.transaction_status
  await clients.core.transaction.expire(orderId)
  return "expire"
}
