import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { z } from "@medusajs/framework/zod"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { LICENCE_KINDS, PRODUCT_TYPES } from "../../modules/producer/formats"
import type ProducerModuleService from "../../modules/producer/service"

export const complianceSchema = z.strictObject({
  product_type: z.enum(PRODUCT_TYPES),
  net_quantity: z.string().nullish(),
  ingredients: z.string().nullish(),
  shelf_life_days: z.number().int().positive().nullish(),
  storage: z.string().nullish(),
  licence: z.enum(LICENCE_KINDS).default("none"),
  halal: z.boolean().default(false),
})

/** `additional_data` a product is created with: its producer, and its food compliance (for all, or per handle). */
export const productProducerDataSchema = z.object({
  producer_id: z.string().optional(),
  compliance: complianceSchema.optional(),
  compliance_by_handle: z.record(z.string(), complianceSchema).optional(),
})

type Links = Array<Record<string, Record<string, string>>>

createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const data = productProducerDataSchema.parse(additional_data ?? {})
    if (!data.producer_id) {
      return new StepResponse(undefined, undefined)
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [producer] = await producers.listProducers({ id: data.producer_id }, { select: ["id"] })
    if (!producer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Produsen ${data.producer_id} tidak ditemukan / producer not found`)
    }
    const withCompliance = products
      .map((product) => ({ product, compliance: data.compliance_by_handle?.[product.handle] ?? data.compliance }))
      .filter((entry): entry is { product: typeof entry.product; compliance: z.infer<typeof complianceSchema> } => Boolean(entry.compliance))
    const complianceRows = withCompliance.length
      ? await producers.createProductCompliances(withCompliance.map((entry) => entry.compliance))
      : []

    const links: Links = [
      ...products.map((product) => ({ [Modules.PRODUCT]: { product_id: product.id }, [PRODUCER_MODULE]: { producer_id: producer.id } })),
      ...withCompliance.map((entry, index) => ({
        [Modules.PRODUCT]: { product_id: entry.product.id },
        [PRODUCER_MODULE]: { product_compliance_id: complianceRows[index].id },
      })),
    ]
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(undefined, { links, complianceIds: complianceRows.map((row) => row.id) })
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(created.links)
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProductCompliances(created.complianceIds)
  }
)
