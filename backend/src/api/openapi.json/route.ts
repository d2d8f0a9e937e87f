import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildOpenApiDocument } from "../operations/openapi-document"

/** The document changes only with the code: built once, on the first request. */
let document: ReturnType<typeof buildOpenApiDocument> | undefined

/** GET /openapi.json: the OpenAPI 3.1 document of the custom routes, for anyone (see operations/). */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  document ??= buildOpenApiDocument()
  res.setHeader("cache-control", "public, max-age=3600")
  res.json(document)
}
