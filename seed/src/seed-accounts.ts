import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { DemoAccount } from "./schemas"

const NAMES: Record<DemoAccount["role"], { first_name: string; last_name: string }> = {
  coordinator: { first_name: "Koordinator", last_name: "OK OCE" },
  producer: { first_name: "Produsen", last_name: "Demo" },
  buyer: { first_name: "Pembeli", last_name: "Demo" },
}

async function registerIdentity(container: MedusaContainer, account: DemoAccount) {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email: account.email, password: account.password },
  })
  if (!success || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cannot register ${account.email}: ${error}`)
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
 * Demo logins: the coordinator is an admin user, the buyer a customer. The
 * producer gets only its email/password identity here; the producer actor
 * that uses it comes with the producer panel.
 */
export async function seedAccounts(container: MedusaContainer, accounts: DemoAccount[]) {
  let created = 0
  for (const account of accounts) {
    if (await accountExists(container, account.email)) {
      continue
    }
    const authIdentityId = await registerIdentity(container, account)
    const names = NAMES[account.role]
    if (account.role === "coordinator") {
      await createUserAccountWorkflow(container).run({
        input: { authIdentityId, userData: { email: account.email, ...names } },
      })
    } else if (account.role === "buyer") {
      await createCustomerAccountWorkflow(container).run({
        input: { authIdentityId, customerData: { email: account.email, ...names } },
      })
    }
    created++
  }
  return { created }
}
