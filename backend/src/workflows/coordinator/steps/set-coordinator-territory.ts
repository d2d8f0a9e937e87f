import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLACE_MODULE } from "../../../modules/place"

export const setCoordinatorTerritoryStepId = "set-coordinator-territory"

type Change = { user_id: string; added: string[]; removed: string[] }

const pairs = (userId: string, kecamatanIds: string[]) =>
  kecamatanIds.map((kecamatanId) => ({ [Modules.USER]: { user_id: userId }, [PLACE_MODULE]: { kecamatan_id: kecamatanId } }))

/** Replaces a coordinator's kecamatan (the user-kecamatan link); its compensation links back what it removed and unlinks what it added. */
export const setCoordinatorTerritoryStep = createStep(
  setCoordinatorTerritoryStepId,
  async ({ user_id, kecamatan_ids }: { user_id: string; kecamatan_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "user", fields: ["id", "kecamatans.id"], filters: { id: user_id } })
    const current = (data[0]?.kecamatans ?? []).flatMap((row) => (row ? [row.id] : []))
    const wanted = [...new Set(kecamatan_ids)]
    const change: Change = { user_id, added: wanted.filter((id) => !current.includes(id)), removed: current.filter((id) => !wanted.includes(id)) }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (change.removed.length) await link.dismiss(pairs(user_id, change.removed))
    if (change.added.length) await link.create(pairs(user_id, change.added))
    return new StepResponse(wanted, change)
  },
  async (change, { container }) => {
    if (!change) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (change.added.length) await link.dismiss(pairs(change.user_id, change.added))
    if (change.removed.length) await link.create(pairs(change.user_id, change.removed))
  }
)
