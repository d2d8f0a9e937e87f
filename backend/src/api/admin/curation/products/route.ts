import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { coordinatorAccess, coversAll } from "../../../../lib/coordinator/coordinator-access"
import type { AdminListCurationQueryType } from "../validators"

type Row = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  updated_at: string
  product_curation?: { state: string; licence_warning: string | null; updated_at: string } | null
  producer?: { id: string; handle: string; business_name: string; status: string; desa?: { id: string; name: string; kecamatan?: { id: string; name: string } | null } | null } | null
}

/** GET /admin/curation/products?status=&kecamatan=&producer=: the coordinator's queue (a kecamatan coordinator: their kecamatan only), newest change first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListCurationQueryType>, res: MedusaResponse) {
  const { status, kecamatan, producer, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const access = await coordinatorAccess(req.scope, req.auth_context.actor_id)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "thumbnail",
      "updated_at",
      "product_curation.state",
      "product_curation.licence_warning",
      "product_curation.updated_at",
      "producer.id",
      "producer.handle",
      "producer.business_name",
      "producer.status",
      "producer.desa.id",
      "producer.desa.name",
      "producer.desa.kecamatan.id",
      "producer.desa.kecamatan.name",
    ],
  })
  const rows = (data as Row[])
    .map((row) => ({
      id: row.id,
      title: row.title,
      handle: row.handle,
      thumbnail: row.thumbnail,
      state: row.product_curation?.state ?? "draft",
      licence_warning: row.product_curation?.licence_warning ?? null,
      updated_at: row.product_curation?.updated_at ?? row.updated_at,
      producer: row.producer ? { id: row.producer.id, handle: row.producer.handle, business_name: row.producer.business_name, status: row.producer.status } : null,
      desa: row.producer?.desa ? { id: row.producer.desa.id, name: row.producer.desa.name } : null,
      kecamatan: row.producer?.desa?.kecamatan ?? null,
    }))
    .filter((row) => coversAll(access, [row.kecamatan?.id ?? null]))
    .filter((row) => (!status || row.state === status) && (!kecamatan || row.kecamatan?.id === kecamatan) && (!producer || row.producer?.id === producer))
    .sort((a, b) => String(b.updated_at).localeCompare(String(a.updated_at)))
  res.json({ products: rows.slice(offset, offset + limit), count: rows.length, limit, offset })
}
