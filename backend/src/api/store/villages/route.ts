import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { presentPlace, PUBLIC_PLACE_FIELDS } from "../catalogue/public-fields"
import { keySalesChannels } from "../catalogue/sales-channels"
import { countByPlace, listVisibleProducers } from "../catalogue/visible-catalogue"
import type { StoreListVillagesQueryType } from "./validators"
import { sameWhileCatalogueUnchanged } from "../../../lib/catalogue/revision-memo"

/** GET /store/villages?kecamatan=<handle>&with_producers=true: desa with their kecamatan and counts. */
export async function GET(req: MedusaStoreRequest<unknown, StoreListVillagesQueryType>, res: MedusaResponse) {
  const { kecamatan, with_producers } = req.validatedQuery
  const salesChannelIds = keySalesChannels(req)
  const key = `villages ${kecamatan ?? ""} ${with_producers ?? ""} ${salesChannelIds}`
  res.json(await sameWhileCatalogueUnchanged(req.scope, key, () => villagesWithCounts(req, salesChannelIds), "visibility"))
}

async function villagesWithCounts(req: MedusaStoreRequest<unknown, StoreListVillagesQueryType>, salesChannelIds: string[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { kecamatan: kecamatanHandle, with_producers } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (kecamatanHandle) {
    const { data } = await query.graph({ entity: "kecamatan", fields: ["id"], filters: { handle: kecamatanHandle } })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Kecamatan '${kecamatanHandle}' tidak ditemukan / kecamatan not found`)
    }
    filters.kecamatan_id = data[0].id
  }
  const [{ data: villages }, producers] = await Promise.all([
    query.graph({ entity: "desa", fields: [...PUBLIC_PLACE_FIELDS, "type", "postal_code", "kecamatan.id", "kecamatan.name", "kecamatan.handle"], filters }),
    listVisibleProducers(req.scope, { salesChannelIds }),
  ])
  const counts = countByPlace(producers, "desa_id")
  const rows = villages
    .map((village) => ({
      ...presentPlace(village),
      type: village.type,
      postal_code: village.postal_code,
      kecamatan: { id: village.kecamatan.id, name: village.kecamatan.name, handle: village.kecamatan.handle },
      ...counts(village.id),
    }))
    .filter((village) => !with_producers || village.producer_count > 0)
    .sort((a, b) => String(a.code).localeCompare(String(b.code)))
  return { villages: rows, count: rows.length }
}
