import type { AstroCookies } from "astro"
import { forwardedFor } from "./client-address"
import { medusa } from "./medusa"

const SESSION_COOKIE = "pd_session"

export type Customer = { id: string; email: string; first_name: string | null; last_name: string | null }
export type OrderSummary = {
  id: string
  display_id: number
  created_at: string
  total: number
  status: string
  items: Array<{ title: string; quantity: number }>
}

/**
 * The buyer's login token lives only in an httpOnly cookie and travels with
 * each request explicitly: the storefront's one SDK client serves every
 * visitor, so it must never remember a token itself.
 */
export function sessionToken(cookies: AstroCookies) {
  return cookies.get(SESSION_COOKIE)?.value
}

export function startSession(cookies: AstroCookies, token: string, secure: boolean) {
  cookies.set(SESSION_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: 60 * 60 * 24 * 7 })
}

export function endSession(cookies: AstroCookies) {
  cookies.delete(SESSION_COOKIE, { path: "/" })
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/**
 * Signs a buyer in, naming the visitor's address to the backend: it limits failed logins per
 * address, and without it every buyer would share the storefront's count (ten wrong guesses
 * by anyone would stop everyone's logins for a minute).
 */
export async function loginCustomer(email: string, password: string, clientAddress: string | undefined) {
  const { token } = await medusa.client.fetch<{ token: string }>("/auth/customer/emailpass", {
    method: "POST",
    body: { email, password },
    headers: forwardedFor(clientAddress),
  })
  return token
}

/** Registers the email/password identity, then the customer it belongs to, then signs in (from the visitor's address). */
export async function registerCustomer(input: { email: string; password: string; first_name: string; last_name: string }, clientAddress: string | undefined) {
  const { token: registration } = await medusa.client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
    method: "POST",
    body: { email: input.email, password: input.password },
    headers: forwardedFor(clientAddress),
  })
  await medusa.client.fetch("/store/customers", {
    method: "POST",
    headers: bearer(registration),
    body: { email: input.email, first_name: input.first_name, last_name: input.last_name },
  })
  return loginCustomer(input.email, input.password, clientAddress)
}

/**
 * Asks Medusa to send a buyer the link to choose a new password. It answers alike whether the
 * email has an account or not; it limits requests per account and per visitor's address (429).
 */
export async function requestPasswordReset(email: string, clientAddress: string | undefined) {
  // The route answers a bare "Created", not JSON, as the SDK's auth.resetPassword expects.
  await medusa.client.fetch("/auth/customer/emailpass/reset-password", {
    method: "POST",
    body: { identifier: email },
    headers: { accept: "text/plain", ...forwardedFor(clientAddress) },
  })
}

/** Sets the new password with the emailed token as bearer; Medusa accepts each token once. */
export async function setNewPassword(token: string, password: string) {
  await medusa.auth.updateProvider("customer", "emailpass", { password }, token)
}

export async function currentCustomer(token: string | undefined): Promise<Customer | null> {
  if (!token) {
    return null
  }
  return medusa.client
    .fetch<{ customer: Customer }>("/store/customers/me", { headers: bearer(token), query: { fields: "id,email,first_name,last_name" } })
    .then((body) => body.customer)
    .catch(() => null)
}

export async function listOrders(token: string): Promise<OrderSummary[]> {
  const { orders } = await medusa.client.fetch<{ orders: OrderSummary[] }>("/store/orders", {
    headers: bearer(token),
    query: { fields: "id,display_id,created_at,total,status,items.title,items.quantity", order: "-created_at", limit: 50 },
  })
  return orders
}
