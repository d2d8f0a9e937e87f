import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

type Api = { post: (url: string, body: unknown) => Promise<{ data: { token: string } }> }

/** Creates an admin user (a coordinator) and returns the headers of its signed-in requests. */
export async function coordinatorHeaders(container: MedusaContainer, api: Api, email = "koordinator@test.local") {
  const password = "rahasia-koordinator-123"
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } })
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity!.id, userData: { email } } })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
