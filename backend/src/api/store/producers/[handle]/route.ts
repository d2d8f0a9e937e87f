import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { presentPlace, presentProducer, PUBLIC_PLACE_FIELDS } from "../../catalogue/public-fields"
import { keySalesChannels } from "../../catalogue/sales-channels"
import { listVisibleProducers } from "../../catalogue/visible-catalogue"
import { sameWhileCatalogueUnchanged } from "../../../../lib/catalogue/revision-memo"

const PRODUCT_CARD_FIELDS = ["id", "handle", "title", "subtitle", "thumbnail", "description"]

/** GET /store/producers/:handle: an active producer, its village, public licences and buyable products. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const salesChannelIds = keySalesChannels(req)
  res.json(await sameWhileCatalogueUnchanged(req.scope, `producer ${req.params.handle} ${salesChannelIds}`, () => producerPage(req, salesChannelIds)))
}

async function producerPage(req: MedusaStoreRequest, salesChannelIds: string[]) {
  const [producer] = await listVisibleProducers(req.scope, { salesChannelIds, filters: { handle: req.params.handle } })
  if (!producer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Produsen '${req.params.handle}' tidak ditemukan / producer not found`)
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: places }, { data: products }] = await Promise.all([
    query.graph({
      entity: "desa",
      fields: [...PUBLIC_PLACE_FIELDS, ...PUBLIC_PLACE_FIELDS.map((field) => `kecamatan.${field}`)],
      filters: { id: producer.desa_id },
    }),
    producer.product_ids.length
      ? query.graph({ entity: "product", fields: PRODUCT_CARD_FIELDS, filters: { id: producer.product_ids } })
      : Promise.resolve({ data: [] }),
  ])
  const village = places[0]
  return {
    producer: {
      ...presentProducer(producer),
      village: { ...presentPlace(village), kecamatan: presentPlace(village.kecamatan) },
      products: [...products].sort((a, b) => String(a.title).localeCompare(String(b.title))),
    },
  }
}
