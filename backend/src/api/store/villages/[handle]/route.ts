import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { presentPlace, presentProducer, PUBLIC_PLACE_FIELDS } from "../../catalogue/public-fields"
import { keySalesChannels } from "../../catalogue/sales-channels"
import { listVisibleProducers } from "../../catalogue/visible-catalogue"
import { sameWhileCatalogueUnchanged } from "../../../../lib/catalogue/revision-memo"

/** GET /store/villages/:handle: a desa, its kecamatan, its active producers and how many products they sell. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const salesChannelIds = keySalesChannels(req)
  res.json(
    await sameWhileCatalogueUnchanged(req.scope, `village ${req.params.handle} ${salesChannelIds}`, () => villagePage(req, salesChannelIds), "visibility")
  )
}

async function villagePage(req: MedusaStoreRequest, salesChannelIds: string[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "desa",
    fields: [...PUBLIC_PLACE_FIELDS, "type", "postal_code", "producers.id", ...PUBLIC_PLACE_FIELDS.map((field) => `kecamatan.${field}`)],
    filters: { handle: req.params.handle },
  })
  const village = data[0]
  if (!village) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Desa '${req.params.handle}' tidak ditemukan / village not found`)
  }
  const producerIds = (village.producers ?? []).map((producer) => producer!.id)
  const producers = producerIds.length ? await listVisibleProducers(req.scope, { salesChannelIds, filters: { id: producerIds } }) : []
  return {
    village: {
      ...presentPlace(village),
      type: village.type,
      postal_code: village.postal_code,
      kecamatan: presentPlace(village.kecamatan),
      producers: producers.map((producer) => ({ ...presentProducer(producer), product_count: producer.product_ids.length })),
      product_count: producers.reduce((sum, producer) => sum + producer.product_ids.length, 0),
    },
  }
}
