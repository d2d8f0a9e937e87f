import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { ProducerEvents } from "../../lib/events"
import type { CreateProducerProductInput } from "./create-producer-product"
import { validateImportedTitlesStep } from "./steps/validate-imported-titles"
import { validateNewProducerProductStep } from "./steps/validate-new-producer-product"

export type ImportedProduct = Omit<CreateProducerProductInput, "producer_id"> & {
  /** Counted stock by variant title, for the variants whose row gave one. */
  stock: Record<string, number>
}

export type ImportProducerProductsInput = {
  producer_id: string
  /** The producer's own stock location, where the stock goes; null when no row gives stock. */
  location_id: string | null
  products: ImportedProduct[]
}

export const importProducerProductsWorkflowId = "import-producer-products"

/**
 * A producer's catalogue from a coordinator's CSV, all or nothing. The same
 * checks and the same Medusa workflow as a product the producer makes in the
 * panel (create-producer-product), so each one is a curation draft linked to
 * the producer with its food compliance; then each variant's counted stock is
 * put at the producer's stock location. When a later part fails, the
 * compensations remove every product, link and stock level made before it.
 * One import per producer at a time, under a lock, so a file sent twice
 * cannot slip past the check for products the producer already has.
 *
 * @example
 * const { result } = await importProducerProductsWorkflow(container).run({
 *   input: { producer_id: "prdc_1", location_id: "sloc_1", products: [{ product: { title: "Keripik Tempe", handle: "keripik-tempe-1a2b3c", ... }, compliance, stock: { "250 g": 20 } }] },
 * })
 */
export const importProducerProductsWorkflow = createWorkflow(importProducerProductsWorkflowId, (input: ImportProducerProductsInput) => {
  const lockKey = transform({ input }, ({ input }) => `producer-product-import:${input.producer_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 300 })
  validateNewProducerProductStep(
    transform({ input }, ({ input }) => input.products.map(({ product }) => ({ handle: product.handle, category_ids: product.category_ids })))
  )
  validateImportedTitlesStep(
    transform({ input }, ({ input }) => ({ producer_id: input.producer_id, titles: input.products.map(({ product }) => product.title) }))
  )
  const products = createProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      products: input.products.map(({ product }) => product),
      additional_data: {
        producer_id: input.producer_id,
        compliance_by_handle: Object.fromEntries(input.products.flatMap(({ product, compliance }) => (compliance ? [[product.handle, compliance]] : []))),
      },
    })),
  })
  const productIds = transform({ products }, ({ products }) => products.map((product) => product.id))
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["title", "product.handle", "inventory_items.inventory_item_id"],
    filters: { product_id: productIds },
  }).config({ name: "imported-variants" })
  const levels = transform({ input, variants }, ({ input, variants }) =>
    input.location_id
      ? variants.flatMap((variant) => {
          const quantity = input.products.find(({ product }) => product.handle === variant.product?.handle)?.stock[variant.title]
          const itemId = variant.inventory_items?.find(Boolean)?.inventory_item_id
          return quantity === undefined || !itemId ? [] : [{ inventory_item_id: itemId, location_id: input.location_id!, stocked_quantity: quantity }]
        })
      : []
  )
  when("stock-given", { levels }, ({ levels }) => levels.length > 0).then(() => {
    createInventoryLevelsWorkflow.runAsStep({ input: transform({ levels }, ({ levels }) => ({ inventory_levels: levels })) })
  })
  releaseLockStep({ key: lockKey })
  emitEventStep({
    eventName: ProducerEvents.PRODUCTS_IMPORTED,
    data: transform({ input, productIds }, ({ input, productIds }) => ({ id: input.producer_id, product_ids: productIds })),
  })
  return new WorkflowResponse(products)
})
