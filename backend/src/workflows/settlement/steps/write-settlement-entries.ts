import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import type { SettlementKind } from "../../../modules/settlement/models/settlement-entry"

export type NewSettlementEntry = {
  producer_id: string
  kind: SettlementKind
  amount: number
  order_id?: string | null
  order_display_id?: number | null
  note?: string | null
  source_key: string
  created_by?: string | null
}

export const writeSettlementEntriesStepId = "write-settlement-entries"

/** Writes the entries whose source has written none yet, so an event delivered twice credits once; undone by deleting them. */
export const writeSettlementEntriesStep = createStep(
  writeSettlementEntriesStepId,
  async (entries: NewSettlementEntry[], { container }) => {
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    if (!entries.length) return new StepResponse([], [] as string[])
    const written = await settlement.listSettlementEntries({ source_key: entries.map((entry) => entry.source_key) }, { select: ["source_key"] })
    const seen = new Set(written.map((entry) => entry.source_key))
    const created = await settlement.createSettlementEntries(entries.filter((entry) => !seen.has(entry.source_key)))
    return new StepResponse(
      created,
      created.map((entry) => entry.id)
    )
  },
  async (createdIds, { container }) => {
    if (createdIds?.length) await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).deleteSettlementEntries(createdIds)
  }
)
