import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Coordinators by name (or email), as people read them in a history, not by id. */
export async function namesOf(container: MedusaContainer, userIds: string[]): Promise<Map<string, string>> {
  if (!userIds.length) return new Map()
  const users = await container.resolve(Modules.USER).listUsers({ id: [...new Set(userIds)] }, { select: ["id", "first_name", "last_name", "email"] })
  return new Map(users.map((user) => [user.id, [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email]))
}
