import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pacitanDay } from "../../../modules/harvest/rules"
import { readProductStock } from "../../../lib/harvest/preorder-capacity"
import { keySalesChannels } from "../catalogue/sales-channels"
import ProductHarvestLink from "../../../links/product-harvest"
import type { GraphRow } from "../../../lib/query/graph-row"
import type { StoreListHarvestsQueryType } from "./validators"
import { sameWhileCatalogueUnchanged } from "../../../lib/catalogue/revision-memo"

type HarvestRow = GraphRow<"product_harvest">

const FIELDS = [
  "id",
  "expected_on",
  "forecast_quantity",
  "unit",
  "note",
  "product.id",
  "product.handle",
  "product.title",
  "product.thumbnail",
  "product.status",
  "product.sales_channels.id",
  "product.producer.handle",
  "product.producer.business_name",
  "product.producer.desa.handle",
  "product.producer.desa.name",
]

/** Harvests read at a time while looking for a page of visible ones: most upcoming harvests are of visible products. */
const BATCH = 50

const isVisible = (channels: Set<string>) => (row: HarvestRow) =>
  Boolean(row.product && row.product.status === "published" && (row.product.sales_channels ?? []).some((channel) => channel && channels.has(channel.id)))

/**
 * GET /store/harvests?limit=12&product_id=prod_…: upcoming harvests (today or
 * later in Pacitan) of products buyers can see, soonest first. A product is
 * visible when published in one of the key's sales channels, which curation
 * keeps to approved products of active producers. The database orders and
 * pages the harvests; they are read a batch at a time until the page is full
 * of visible ones, so a long list of harvests is never read whole for twelve.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreListHarvestsQueryType>, res: MedusaResponse) {
  const { limit, product_id } = req.validatedQuery
  const salesChannelIds = keySalesChannels(req)
  // Today is part of the key: a harvest due yesterday is no longer upcoming.
  const key = `harvests ${limit} ${product_id ?? ""} ${pacitanDay()} ${salesChannelIds}`
  res.json(await sameWhileCatalogueUnchanged(req.scope, key, () => upcomingHarvests(req, salesChannelIds)))
}

async function upcomingHarvests(req: MedusaStoreRequest<unknown, StoreListHarvestsQueryType>, salesChannelIds: string[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, product_id } = req.validatedQuery
  const visible = isVisible(new Set(salesChannelIds))
  let harvestIds: string[] | undefined
  if (product_id) {
    const { data: links } = await query.graph({ entity: ProductHarvestLink.entryPoint, fields: ["product_harvest_id"], filters: { product_id } })
    // defineLink types entryPoint as a plain string, so query.graph cannot type the link's rows.
    harvestIds = links.map((link) => link.product_harvest_id as string)
  }
  const found: HarvestRow[] = []
  for (let skip = 0; found.length < limit && harvestIds?.length !== 0; skip += BATCH) {
    const { data } = await query.graph({
      entity: "product_harvest",
      fields: FIELDS,
      filters: { expected_on: { $gte: new Date(`${pacitanDay()}T00:00:00Z`) }, ...(harvestIds ? { id: harvestIds } : {}) },
      pagination: { skip, take: BATCH, order: { expected_on: "ASC", id: "ASC" } },
    })
    found.push(...data.filter(visible))
    if (data.length < BATCH) break
  }
  const page = found.slice(0, limit)
  const stock = await readProductStock(
    req.scope,
    page.map(({ product }) => product!.id)
  )
  const harvests = page.map(({ product, ...harvest }) => ({
    id: harvest.id,
    expected_on: new Date(harvest.expected_on).toISOString().slice(0, 10),
    forecast_quantity: harvest.forecast_quantity,
    unit: harvest.unit,
    note: harvest.note,
    /** What is left of the forecast for pre-orders, in the harvest's unit. */
    preorder_remaining: stock.get(product!.id)?.preorderRemaining ?? harvest.forecast_quantity,
    product: {
      id: product!.id,
      handle: product!.handle,
      title: product!.title,
      thumbnail: product!.thumbnail,
      producer: product!.producer ? { handle: product!.producer.handle, business_name: product!.producer.business_name } : null,
      desa: product!.producer?.desa ? { handle: product!.producer.desa.handle, name: product!.producer.desa.name } : null,
    },
  }))
  return { harvests, count: harvests.length }
}
