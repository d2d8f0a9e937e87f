import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { DemoCatalogue } from "./schemas"
import type { SeededStore } from "./seed-store"

async function ensureCategories(container: MedusaContainer, catalogue: DemoCatalogue) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
    filters: { handle: catalogue.categories.map((category) => category.handle) },
  })
  const idByHandle = new Map(existing.map((category) => [category.handle, category.id]))
  const missing = catalogue.categories.filter((category) => !idByHandle.has(category.handle))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missing.map(({ handle, name }) => ({ handle, name, is_active: true })) },
    })
    result.forEach((category) => idByHandle.set(category.handle, category.id))
  }
  return idByHandle
}

/** Creates the products that do not exist yet (matched by handle) and stocks them at the store's location. */
export async function seedCatalogue(container: MedusaContainer, catalogue: DemoCatalogue, store: SeededStore) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const categoryIds = await ensureCategories(container, catalogue)
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: catalogue.products.map((product) => product.handle) },
  })
  const existingHandles = new Set(existing.map((product) => product.handle))
  const missing = catalogue.products.filter((product) => !existingHandles.has(product.handle))
  if (!missing.length) {
    return { created: 0 }
  }

  await createProductsWorkflow(container).run({
    input: {
      products: missing.map((product) => ({
        title: product.title,
        handle: product.handle,
        description: product.description,
        status: ProductStatus.PUBLISHED,
        category_ids: [categoryIds.get(product.category)!],
        sales_channels: [{ id: store.salesChannelId }],
        options: [{ title: product.optionTitle, values: product.variants.map((variant) => variant.value) }],
        variants: product.variants.map((variant) => ({
          title: variant.value,
          sku: variant.sku,
          weight: variant.weightGrams,
          manage_inventory: true,
          options: { [product.optionTitle]: variant.value },
          prices: [{ amount: variant.price, currency_code: "idr" }],
        })),
      })),
    },
  })

  const stockBySku = new Map(missing.flatMap((product) => product.variants.map((variant) => [variant.sku, variant.stock])))
  const { data: inventoryItems } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
    filters: { sku: [...stockBySku.keys()] },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: inventoryItems.map((item) => ({
        location_id: store.stockLocationId,
        inventory_item_id: item.id,
        stocked_quantity: stockBySku.get(item.sku!) ?? 0,
      })),
    },
  })
  return { created: missing.length }
}
