import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CategorySeed, ProductSeed } from "./catalogue-schemas"
import type { Progress } from "./progress"
import { createProducerProducts, ensureCategories } from "./seed-products"
import type { SeededProducer } from "./seed-producers"
import type { SeededStore } from "./seed-store"

const VARIATIONS = [
  "Kemasan Hemat",
  "Edisi Panen Raya",
  "Rasa Pedas",
  "Rasa Original",
  "Kemasan Oleh-oleh",
  "Pilihan Petani",
  "Grade A",
  "Isi Keluarga",
  "Kemasan Mini",
  "Khas Desa",
]
const BATCH = 100

/**
 * Plausible extra products for benchmarks: variations of the real catalogue's
 * products, by the same producers and under the same licences. Handles are
 * numbered, so growing to the same total twice creates nothing new.
 */
export function syntheticProducts(base: ProductSeed[], total: number): ProductSeed[] {
  const extra: ProductSeed[] = []
  for (let index = base.length; index < total; index++) {
    const source = base[index % base.length]
    const variation = VARIATIONS[Math.floor(index / base.length) % VARIATIONS.length]
    extra.push({
      ...source,
      handle: `${source.handle}-s${index}`,
      title: `${source.title} ${variation} ${index}`,
      variants: source.variants.map((variant, position) => ({
        ...variant,
        sku: `${variant.sku}-S${index}`,
        price: Math.round((variant.price * (90 + ((index * 7 + position) % 25))) / 100 / 500) * 500 || variant.price,
        stock: (index * 13 + position * 7) % 160,
      })),
    })
  }
  return extra
}

/** Grows the catalogue to `total` products, reusing the pictures of the products they vary. */
export async function seedSyntheticProducts(
  container: MedusaContainer,
  {
    base,
    total,
    categories,
    producers,
    store,
    progress,
  }: { base: ProductSeed[]; total: number; categories: CategorySeed[]; producers: Map<string, SeededProducer>; store: SeededStore; progress: Progress }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const wanted = syntheticProducts(base, total)
  const { data: existing } = await query.graph({ entity: "product", fields: ["handle"], filters: { handle: wanted.map((product) => product.handle) } })
  const known = new Set(existing.map((product: { handle: string }) => product.handle))
  const missing = wanted.filter((product) => !known.has(product.handle))
  const { data: pictures } = await query.graph({
    entity: "product",
    fields: ["handle", "thumbnail"],
    filters: { handle: base.map((product) => product.handle) },
  })
  const thumbnailByHandle = new Map(pictures.map((product: { handle: string; thumbnail: string | null }) => [product.handle, product.thumbnail]))
  const categoryIds = await ensureCategories(container, categories)
  const categoryByHandle = new Map(categories.map((category) => [category.handle, { ...category, id: categoryIds.get(category.handle)! }]))

  const groups = new Map<string, ProductSeed[]>()
  for (const product of missing) {
    groups.set(product.producer, [...(groups.get(product.producer) ?? []), product])
  }
  progress.start("Produk sintetis", missing.length)
  for (const [producerHandle, group] of groups) {
    for (let start = 0; start < group.length; start += BATCH) {
      const batch = group.slice(start, start + BATCH)
      const thumbnails = batch.map((product) => thumbnailByHandle.get(product.handle.replace(/-s\d+$/, "")) ?? null)
      await createProducerProducts(container, { producer: producers.get(producerHandle)!, products: batch, categories: categoryByHandle, store, thumbnails })
      progress.tick(batch.length)
    }
  }
  progress.stop()
  return { created: missing.length }
}
