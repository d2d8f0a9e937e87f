import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readProductSheet } from "../../../../../../lib/product-import/read-sheet"
import { importProducerProductsWorkflow } from "../../../../../../workflows/producer-product/import-producer-products"
import { uploadedFile } from "../../../../../plumbing/csv-upload"
import { newProductInput } from "../../../../../producer/products/new-product-input"
import { producerLocationId } from "../../../../../producer/stock/stock-rows"
import { requireProducer } from "../../../require-producer"
import type { AdminImportProductsQueryType } from "../../../validators"
import { planProductImport, type ImportContext, type ImportPlan } from "./import-rows"

/** The categories a producer may pick in the panel, and the titles of the producer's products. */
async function importContext(scope: MedusaContainer, producerId: string): Promise<ImportContext> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: categories }, { data: producers }] = await Promise.all([
    query.graph({ entity: "product_category", fields: ["id", "name", "handle"], filters: { is_active: true, is_internal: false } }),
    query.graph({ entity: "producer", fields: ["products.title"], filters: { id: producerId } }),
  ])
  return {
    categories: categories.map(({ id, name, handle }) => ({ id, name, handle })),
    existingTitles: (producers[0]?.products ?? []).flatMap((product) => (product ? [product.title] : [])),
  }
}

/** The first mistakes, for the message every refusal carries; the rows hold them all. */
function refusal(plan: ImportPlan) {
  const first = plan.rows.flatMap((row) => row.errors.map((error) => error.message)).slice(0, 3)
  const more = plan.errorCount > first.length ? `; dan ${plan.errorCount - first.length} kesalahan lain` : ""
  return `Tidak ada produk yang disimpan: perbaiki ${plan.errorCount} kesalahan di berkas. ${first.join("; ")}${more}`
}

/**
 * POST /admin/producers/:id/products/import[?dry_run=true] (multipart: `file`,
 * a CSV): a coordinator enters a producer's catalogue from a spreadsheet.
 * Every row is checked first, with the panel's own rules, and answered line by
 * line as `{ rows: [{ line, title, ok, errors: [{ column, message }] }], created }`.
 * A dry run stores nothing; an import stores all the file's products (drafts
 * in curation, stock at the producer's location) or, with any mistake, none.
 */
export async function POST(req: AuthenticatedMedusaRequest<unknown, AdminImportProductsQueryType>, res: MedusaResponse) {
  const producerId = req.params.id
  await requireProducer(req.scope, producerId)
  const file = uploadedFile(req)
  if (!file?.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "file: pilih berkas CSV daftar produk / choose the CSV file of products")
  }
  const plan = planProductImport(readProductSheet(file), await importContext(req.scope, producerId))
  if (req.validatedQuery.dry_run) {
    res.json({ rows: plan.rows, created: [] })
    return
  }
  if (plan.errorCount) {
    res.status(400).json({ type: MedusaError.Types.INVALID_DATA, message: refusal(plan), rows: plan.rows, created: [] })
    return
  }
  const withStock = plan.products.some((product) => Object.keys(product.stock).length)
  const { result } = await importProducerProductsWorkflow(req.scope).run({
    input: {
      producer_id: producerId,
      location_id: withStock ? await producerLocationId(req.scope, producerId) : null,
      products: plan.products.map((planned) => ({ ...newProductInput(planned.body), stock: planned.stock })),
    },
  })
  const { data: products } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "handle", "product_curation.state", "variants.id", "variants.title"],
    filters: { id: result.map((product) => product.id) },
  })
  const created = plan.products.flatMap((planned, index) => {
    const product = products.find((row) => row.id === result[index].id)
    return product
      ? [
          {
            lines: planned.lines,
            id: product.id,
            title: product.title,
            handle: product.handle,
            curation_state: product.product_curation?.state ?? "draft",
            variants: (product.variants ?? []).flatMap((variant) => (variant ? [{ id: variant.id, title: variant.title }] : [])),
          },
        ]
      : []
  })
  res.status(201).json({ rows: plan.rows, created })
}
