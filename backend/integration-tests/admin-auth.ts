import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { assignCoordinatorWorkflow } from "../src/workflows/coordinator/assign-coordinator"
import type { CoordinatorRole } from "../src/modules/coordinator/roles"

type Api = { post: (url: string, body: unknown) => Promise<{ data: { token: string } }> }
type Access = { role: CoordinatorRole; kecamatan_ids: string[] }

/**
 * Creates an admin user (a coordinator) and returns the headers of its signed-in
 * requests and its user id. A head (kabupaten) coordinator unless `access` says otherwise.
 */
export async function coordinatorHeaders(
  container: MedusaContainer,
  api: Api,
  email = "koordinator@test.local",
  access: Access = { role: "head", kecamatan_ids: [] }
) {
  const password = "rahasia-koordinator-123"
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } })
  const { result: user } = await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity!.id, userData: { email } } })
  await assignCoordinatorWorkflow(container).run({ input: { user_id: user.id, ...access } })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` }, userId: user.id }
}
