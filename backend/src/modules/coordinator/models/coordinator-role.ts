import { model } from "@medusajs/framework/utils"
import { COORDINATOR_ROLES } from "../roles"

/**
 * An admin user's coordinator role, kept here rather than in user.metadata,
 * which any admin may edit through Medusa's own /admin/users/:id route.
 */
export const CoordinatorRole = model
  .define("coordinator_role", {
    id: model.id({ prefix: "crole" }).primaryKey(),
    user_id: model.text().unique(),
    role: model.enum([...COORDINATOR_ROLES]),
  })
  .indexes([{ on: ["role"] }])
