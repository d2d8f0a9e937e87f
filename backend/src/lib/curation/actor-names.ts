import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

type Actor = { actor_type: string; actor_id: string | null }

const idsOf = (actors: Actor[], type: string) => [...new Set(actors.flatMap((actor) => (actor.actor_type === type && actor.actor_id ? [actor.actor_id] : [])))]

/**
 * The names behind the ids in a history, so a coordinator reads "Sri Wahyuni"
 * or "koordinator@okoce.id" instead of "user_01M91…": a coordinator by their
 * name (their email until they give one), a producer by their business name.
 * Keyed `type:id`; an actor since deleted has no entry.
 */
export async function actorNames(container: MedusaContainer, actors: Actor[]): Promise<Map<string, string>> {
  const userIds = idsOf(actors, "user")
  const producerIds = idsOf(actors, "producer")
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const [users, businesses] = await Promise.all([
    userIds.length ? container.resolve(Modules.USER).listUsers({ id: userIds }, { select: ["id", "first_name", "last_name", "email"] }) : [],
    producerIds.length ? producers.listProducers({ id: producerIds }, { select: ["id", "business_name"] }) : [],
  ])
  const names = new Map<string, string>()
  for (const user of users) {
    const name = [user.first_name, user.last_name].filter(Boolean).join(" ").trim()
    names.set(`user:${user.id}`, name || user.email)
  }
  for (const producer of businesses) names.set(`producer:${producer.id}`, producer.business_name)
  return names
}
