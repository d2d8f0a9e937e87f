import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductCategoriesWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { CategorySeed, ProductSeed } from "./catalogue-schemas"
import { productSvg, uploadSvgs } from "./images"
import type { Progress } from "./progress"
import type { SeededProducer } from "./seed-producers"
import type { SeededStore } from "./seed-store"

export async function ensureCategories(container: MedusaContainer, categories: CategorySeed[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
    filters: { handle: categories.map((category) => category.handle) },
  })
  const idByHandle = new Map<string, string>(existing.map((category: { handle: string; id: string }) => [category.handle, category.id]))
  const missing = categories.filter((category) => !idByHandle.has(category.handle))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missing.map(({ handle, name }) => ({ handle, name, is_active: true })) },
    })
    result.forEach((category) => idByHandle.set(category.handle, category.id))
  }
  return idByHandle
}

/**
 * Creates one producer's products through Medusa's product workflow (the
 * producer link and food compliance ride along as additional_data), with
 * generated pictures, and stocks them at the producer's own location.
 */
export async function createProducerProducts(
  container: MedusaContainer,
  {
    producer,
    products,
    categories,
    store,
    thumbnails,
  }: {
    producer: SeededProducer
    products: ProductSeed[]
    categories: Map<string, CategorySeed & { id: string }>
    store: SeededStore
    /** Pictures to reuse instead of drawing new ones. */
    thumbnails?: Array<string | null>
  }
) {
  const urls =
    thumbnails ??
    (await uploadSvgs(
      container,
      products.map((product) => {
        const category = categories.get(product.category)!
        return { name: product.handle, svg: productSvg(product.title, category.name, category.color) }
      })
    ))
  await createProductsWorkflow(container).run({
    input: {
      products: products.map((product, index) => ({
        title: product.title,
        handle: product.handle,
        description: product.description,
        status: ProductStatus.PUBLISHED,
        thumbnail: urls[index] ?? undefined,
        images: urls[index] ? [{ url: urls[index]! }] : [],
        weight: product.variants[0].weight_grams,
        category_ids: [categories.get(product.category)!.id],
        // No sales channel yet: a product reaches buyers when curation approves it.
        shipping_profile_id: store.shippingProfileId,
        options: [{ title: product.option_title, values: product.variants.map((variant) => variant.value) }],
        variants: product.variants.map((variant) => ({
          title: variant.value,
          sku: variant.sku,
          weight: variant.weight_grams,
          manage_inventory: true,
          options: { [product.option_title]: variant.value },
          prices: [{ amount: variant.price, currency_code: "idr" }],
        })),
      })),
      additional_data: {
        producer_id: producer.id,
        compliance_by_handle: Object.fromEntries(products.map((product) => [product.handle, product.compliance])),
      },
    },
  })

  const stockBySku = new Map(products.flatMap((product) => product.variants.map((variant) => [variant.sku, variant.stock] as const)))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({ entity: "inventory_item", fields: ["id", "sku"], filters: { sku: [...stockBySku.keys()] } })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        location_id: producer.stockLocationId,
        inventory_item_id: item.id,
        // Found by SKU, so it has one, though Medusa's type allows an item without.
        stocked_quantity: stockBySku.get(item.sku!) ?? 0,
      })),
    },
  })
}

/** Creates the products missing by handle, producer by producer. */
export async function seedProducts(
  container: MedusaContainer,
  {
    products,
    categories,
    producers,
    store,
    progress,
  }: { products: ProductSeed[]; categories: CategorySeed[]; producers: Map<string, SeededProducer>; store: SeededStore; progress: Progress }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const categoryIds = await ensureCategories(container, categories)
  const categoryByHandle = new Map(categories.map((category) => [category.handle, { ...category, id: categoryIds.get(category.handle)! }]))
  const { data: existing } = await query.graph({ entity: "product", fields: ["handle"], filters: { handle: products.map((product) => product.handle) } })
  const known = new Set(existing.map((product: { handle: string }) => product.handle))
  const missing = products.filter((product) => !known.has(product.handle))

  const byProducer = new Map<string, ProductSeed[]>()
  for (const product of missing) {
    byProducer.set(product.producer, [...(byProducer.get(product.producer) ?? []), product])
  }
  progress.start("Produk", missing.length)
  for (const [handle, group] of byProducer) {
    await createProducerProducts(container, { producer: producers.get(handle)!, products: group, categories: categoryByHandle, store })
    progress.tick(group.length)
  }
  progress.stop()
  return { created: missing.length }
}
