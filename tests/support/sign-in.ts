/** An account as stack.json lists it. */
type Account = { email: string; password: string }

/** A bearer token for a demo account: coordinators sign in to the backend as "user", producers as "producer". */
export async function signInForToken(backendUrl: string, actor: "user" | "producer", { email, password }: Account): Promise<string> {
  const response = await fetch(`${backendUrl}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  return ((await response.json()) as { token: string }).token
}

/** Headers of a JSON request made with that token. */
export const bearerHeaders = (token: string) => ({ authorization: `Bearer ${token}`, "content-type": "application/json" })

/** Headers of the stack's demo coordinator (stack.json's accounts), signed in to the admin API. */
export async function coordinatorHeaders(backendUrl: string, accounts: Array<Account & { role: string }>) {
  return bearerHeaders(
    await signInForToken(
      backendUrl,
      "user",
      accounts.find((account) => account.role === "coordinator")!
    )
  )
}
