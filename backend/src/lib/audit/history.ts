import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COORDINATOR_MODULE } from "../../modules/coordinator"
import type CoordinatorModuleService from "../../modules/coordinator/service"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import { actorNames } from "../curation/actor-names"

/** One line of a history as the admin shows it: what happened, to what, by whom (by name), when. */
export type HistoryLine = {
  id: string
  kind: "status" | "licence" | "territory" | "payout"
  change: { from: unknown; to: unknown } | { amount: number; note: string | null }
  reason: string | null
  actor: { type: "user" | "system"; id: string | null; name: string | null }
  created_at: Date
}

/** The most lines a history shows; a producer's or coordinator's changes are a handful a month. */
const MOST_LINES = 200

async function named(container: MedusaContainer, lines: Array<Omit<HistoryLine, "actor"> & { actor_type: "user" | "system"; actor_id: string | null }>) {
  const names = await actorNames(container, lines)
  return lines
    .map(({ actor_type, actor_id, ...line }) => ({
      ...line,
      actor: { type: actor_type, id: actor_id, name: actor_id ? (names.get(`${actor_type}:${actor_id}`) ?? null) : null },
    }))
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
    .slice(0, MOST_LINES)
}

/** A producer's history, newest first: status and licence changes, and the payouts the centre recorded. */
export async function producerHistory(container: MedusaContainer, producerId: string): Promise<HistoryLine[]> {
  const audit: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const [entries, payouts] = await Promise.all([
    audit.listAuditEntries({ subject_type: "producer", subject_id: producerId }, { order: { created_at: "DESC" }, take: MOST_LINES }),
    settlement.listSettlementEntries({ producer_id: producerId, kind: "payout" }, { order: { created_at: "DESC" }, take: MOST_LINES }),
  ])
  return named(container, [
    ...entries.map((entry) => ({ ...entry, change: entry.change as HistoryLine["change"] })),
    ...payouts.map((payout) => ({
      id: payout.id,
      kind: "payout" as const,
      change: { amount: -Number(payout.amount), note: payout.note },
      reason: null,
      actor_type: payout.created_by ? ("user" as const) : ("system" as const),
      actor_id: payout.created_by,
      created_at: payout.created_at,
    })),
  ])
}

/** A coordinator's history, newest first: each change of role and kecamatan, the kecamatan by name. */
export async function coordinatorHistory(container: MedusaContainer, userId: string): Promise<HistoryLine[]> {
  const audit: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
  const entries = await audit.listAuditEntries({ subject_type: "coordinator", subject_id: userId }, { order: { created_at: "DESC" }, take: MOST_LINES })
  type Territory = { role: string; kecamatan_ids: string[] }
  const ids = entries.flatMap((entry) => {
    const change = entry.change as { from: Territory; to: Territory }
    return [...change.from.kecamatan_ids, ...change.to.kecamatan_ids]
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: kecamatan } = ids.length ? await query.graph({ entity: "kecamatan", fields: ["id", "name"], filters: { id: [...new Set(ids)] } }) : { data: [] }
  const nameOf = new Map(kecamatan.map((row) => [row.id, row.name]))
  const withNames = (territory: Territory) => ({ role: territory.role, kecamatan: territory.kecamatan_ids.map((id) => nameOf.get(id) ?? id) })
  return named(
    container,
    entries.map((entry) => {
      const change = entry.change as { from: Territory; to: Territory }
      return { ...entry, change: { from: withNames(change.from), to: withNames(change.to) } }
    })
  )
}
