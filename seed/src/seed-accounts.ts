import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { headCoordinatorIds } from "@pasar-desa/backend/src/lib/coordinator/coordinator-access"
import { assignCoordinatorWorkflow } from "@pasar-desa/backend/src/workflows/coordinator/assign-coordinator"
import type { DemoAccount } from "./schemas"

const NAMES: Record<DemoAccount["role"], { first_name: string; last_name: string }> = {
  coordinator: { first_name: "Koordinator", last_name: "OK OCE" },
  producer: { first_name: "Produsen", last_name: "Demo" },
  buyer: { first_name: "Pembeli", last_name: "Demo" },
}

async function registerIdentity(container: MedusaContainer, account: DemoAccount, appMetadata?: Record<string, unknown>) {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email: account.email, password: account.password },
  })
  if (!success || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cannot register ${account.email}: ${error}`)
  }
  if (appMetadata) {
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { ...authIdentity.app_metadata, ...appMetadata } })
  }
  return authIdentity.id
}

async function accountExists(container: MedusaContainer, email: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "provider_identity",
    fields: ["id"],
    filters: { entity_id: email, provider: "emailpass" },
  })
  return data.length > 0
}

/**
 * Demo logins: the coordinator is an admin user, the buyer a customer. A
 * producer login is an email/password identity tied to one producer (in
 * order of `producerIds`); the panel that signs producers in builds on it.
 */
export async function seedAccounts(container: MedusaContainer, accounts: DemoAccount[], producerIds: string[] = []) {
  let created = 0
  let producerIndex = 0
  for (const account of accounts) {
    const producerId = account.role === "producer" ? producerIds[producerIndex++] : undefined
    if (await accountExists(container, account.email)) {
      continue
    }
    const authIdentityId = await registerIdentity(container, account, producerId ? { producer_id: producerId } : undefined)
    const names = NAMES[account.role]
    if (account.role === "coordinator") {
      const { result: user } = await createUserAccountWorkflow(container).run({
        input: { authIdentityId, userData: { email: account.email, ...names } },
      })
      // The first coordinator is the head (kabupaten) coordinator, who gives the others their kecamatan.
      if (!(await headCoordinatorIds(container)).length) {
        await assignCoordinatorWorkflow(container).run({ input: { user_id: user.id, role: "head", kecamatan_ids: [] } })
      }
    } else if (account.role === "buyer") {
      await createCustomerAccountWorkflow(container).run({
        input: { authIdentityId, customerData: { email: account.email, ...names } },
      })
    }
    created++
  }
  return { created }
}
