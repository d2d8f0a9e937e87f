import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { z } from "@medusajs/framework/zod"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { CURATION_MODULE } from "../../modules/curation"
import type CurationModuleService from "../../modules/curation/service"
import { PRODUCER_MODULE } from "../../modules/producer"
import { complianceSchema, productProducerDataSchema } from "../../modules/producer/compliance"
import type ProducerModuleService from "../../modules/producer/service"
import { buyerSalesChannelIds, notApprovedForBuyers } from "../../lib/curation/buyer-visibility"

async function refuseDraftsInBuyerChannel(container: MedusaContainer, productIds: string[]) {
  const buyers = await buyerSalesChannelIds(container)
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["title", "sales_channels.id"], filters: { id: productIds } })
  const filed = data.filter((product) => (product.sales_channels ?? []).some((channel) => channel && buyers.includes(channel.id)))
  if (filed.length) throw notApprovedForBuyers(filed.map((product) => product.title))
}

type Links = Array<Record<string, Record<string, string>>>
type Created = { links: Links; complianceIds: string[]; curationIds: string[] }

/**
 * Every new product starts in curation as a draft: buyers see it only once a
 * coordinator approves it. A product created for a producer is linked to it
 * and gets its food compliance record.
 *
 * A draft cannot be created in the buyers' sales channel: the admin routes
 * refuse that before writing (api/admin/buyer-channel-guard.ts); this catches
 * the paths without a route of their own, such as a product import, and undoes
 * the whole creation.
 */
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    await refuseDraftsInBuyerChannel(
      container,
      products.map((product) => product.id)
    )
    const data = productProducerDataSchema.parse(additional_data ?? {})
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const curation: CurationModuleService = container.resolve(CURATION_MODULE)
    const drafts = await curation.createProductCurations(products.map(() => ({ state: "draft" as const })))
    const curationLinks: Links = products.map((product, index) => ({
      [Modules.PRODUCT]: { product_id: product.id },
      [CURATION_MODULE]: { product_curation_id: drafts[index].id },
    }))
    await link.create(curationLinks)
    const created: Created = { links: curationLinks, complianceIds: [], curationIds: drafts.map((draft) => draft.id) }
    if (!data.producer_id) {
      return new StepResponse(undefined, created)
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [producer] = await producers.listProducers({ id: data.producer_id }, { select: ["id"] })
    if (!producer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Produsen ${data.producer_id} tidak ditemukan / producer not found`)
    }
    const withCompliance = products
      .map((product) => ({ product, compliance: data.compliance_by_handle?.[product.handle] ?? data.compliance }))
      .filter((entry): entry is { product: typeof entry.product; compliance: z.infer<typeof complianceSchema> } => Boolean(entry.compliance))
    const complianceRows = withCompliance.length ? await producers.createProductCompliances(withCompliance.map((entry) => entry.compliance)) : []

    const links: Links = [
      ...products.map((product) => ({ [Modules.PRODUCT]: { product_id: product.id }, [PRODUCER_MODULE]: { producer_id: producer.id } })),
      ...withCompliance.map((entry, index) => ({
        [Modules.PRODUCT]: { product_id: entry.product.id },
        [PRODUCER_MODULE]: { product_compliance_id: complianceRows[index].id },
      })),
    ]
    await link.create(links)
    return new StepResponse(undefined, {
      links: [...curationLinks, ...links],
      complianceIds: complianceRows.map((row) => row.id),
      curationIds: created.curationIds,
    })
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(created.links)
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProductCompliances(created.complianceIds)
    const curation: CurationModuleService = container.resolve(CURATION_MODULE)
    await curation.deleteProductCurations(created.curationIds)
  }
)
