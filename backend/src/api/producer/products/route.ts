import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { randomBytes } from "node:crypto"
import { ContainerRegistrationKeys, MedusaError, ProductStatus, toHandle } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertCategoriesExist, ownProductIds, presentProduct, PRODUCER_PRODUCT_FIELDS, retrieveOwnProduct, type OwnProduct } from "./own-products"
import type { ProducerCreateProductType, ProducerListProductsQueryType } from "./validators"

/** GET /producer/products?q=&curation_state=: the signed-in producer's products, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerListProductsQueryType>, res: MedusaResponse) {
  const { q, curation_state, limit, offset } = req.validatedQuery
  const ids = await ownProductIds(req.scope, req.auth_context.actor_id)
  if (!ids.length) {
    res.json({ products: [], count: 0, limit, offset })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: PRODUCER_PRODUCT_FIELDS, filters: { id: ids } })
  const rows = (data as Array<OwnProduct & Record<string, unknown>>)
    .filter((row) => !curation_state || (row.product_curation?.state ?? "draft") === curation_state)
    .filter((row) => !q || String(row.title).toLowerCase().includes(q.toLowerCase()))
    .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))
  res.json({ products: rows.slice(offset, offset + limit).map(presentProduct), count: rows.length, limit, offset })
}

/** Many producers sell "Keripik Singkong": a short random tail keeps the title's handle unique. */
function uniqueHandle(title: string) {
  return `${toHandle(title)}-${randomBytes(3).toString("hex")}`
}

/**
 * POST /producer/products: a new product of the signed-in producer. Medusa's
 * own product workflow creates it, and its hook makes it a curation draft
 * linked to the producer with its food compliance; buyers see nothing yet.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerCreateProductType>, res: MedusaResponse) {
  const { variants, option_title, compliance, ...product } = req.validatedBody
  await assertCategoriesExist(req.scope, product.category_ids)
  const handle = product.handle ?? uniqueHandle(product.title)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sameHandle } = await query.graph({ entity: "product", fields: ["id"], filters: { handle } })
  if (sameHandle.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `handle: '${handle}' sudah dipakai / is already taken`)
  }
  const { result } = await createProductsWorkflow(req.scope).run({
    input: {
      products: [
        {
          ...product,
          handle,
          // Medusa's status only says the record is complete; curation and the
          // sales channel decide what buyers see (as for seeded products).
          status: ProductStatus.PUBLISHED,
          options: [{ title: option_title, values: variants.map((variant) => variant.title) }],
          variants: variants.map((variant) => ({
            title: variant.title,
            sku: variant.sku,
            weight: variant.weight,
            manage_inventory: true,
            options: { [option_title]: variant.title },
            prices: [{ amount: variant.price, currency_code: "idr" }],
          })),
        },
      ],
      additional_data: { producer_id: req.auth_context.actor_id, compliance },
    },
  })
  res.status(201).json({ product: presentProduct(await retrieveOwnProduct(req, result[0].id)) })
}
