import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { titleKey } from "../../../lib/product-import/sheet-columns"

export type ImportedTitlesCheck = { producer_id: string; titles: string[] }

/**
 * Refuses an import naming a product the producer already has: a file sent
 * twice (a second click, a second coordinator) must not make every product
 * twice. The route reports these per row; this step decides under the
 * import's lock, against the products as they are now. Reads only.
 */
export const validateImportedTitlesStep = createStep("validate-imported-titles", async (input: ImportedTitlesCheck, { container }) => {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "producer", fields: ["products.title"], filters: { id: input.producer_id } })
  const known = new Set((data[0]?.products ?? []).flatMap((product) => (product ? [titleKey(product.title)] : [])))
  const again = input.titles.find((title) => known.has(titleKey(title)))
  if (again) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `nama: produsen ini sudah punya produk '${again}' / the producer already has a product named '${again}'`
    )
  }
})
