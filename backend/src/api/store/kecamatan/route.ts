import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentPlace, PUBLIC_PLACE_FIELDS } from "../catalogue/public-fields"
import { keySalesChannels } from "../catalogue/sales-channels"
import { countByPlace, listVisibleProducers } from "../catalogue/visible-catalogue"
import { sameWhileCatalogueUnchanged } from "../../../lib/catalogue/revision-memo"

/** GET /store/kecamatan: every kecamatan with how many active producers and buyable products it has. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const salesChannelIds = keySalesChannels(req)
  res.json(await sameWhileCatalogueUnchanged(req.scope, `kecamatan ${salesChannelIds}`, () => kecamatanWithCounts(req, salesChannelIds), "visibility"))
}

async function kecamatanWithCounts(req: MedusaStoreRequest, salesChannelIds: string[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: kecamatan }, producers] = await Promise.all([
    query.graph({ entity: "kecamatan", fields: [...PUBLIC_PLACE_FIELDS, "desa.id"] }),
    listVisibleProducers(req.scope, { salesChannelIds }),
  ])
  const counts = countByPlace(producers, "kecamatan_id")
  return {
    kecamatan: kecamatan
      .map((row) => ({ ...presentPlace(row), desa_count: row.desa?.length ?? 0, ...counts(row.id) }))
      .sort((a, b) => String(a.code).localeCompare(String(b.code))),
  }
}
