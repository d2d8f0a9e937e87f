import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { coordinatorAccess, coversAll } from "../../lib/coordinator/coordinator-access"
import { kecamatanOfDesa, kecamatanOfOrder, kecamatanOfProducers, kecamatanOfProducts } from "../../lib/coordinator/kecamatan-of"

type Request = AuthenticatedMedusaRequest<Record<string, unknown> | undefined>
type Locate = (req: Request) => Promise<Array<string | null>>

const OUTSIDE = {
  producer: "Produsen ini di luar kecamatan wilayah Anda / this producer is outside your kecamatan",
  product: "Produk ini di luar kecamatan wilayah Anda / this product is outside your kecamatan",
  order: "Pesanan ini di luar kecamatan wilayah Anda / this order is outside your kecamatan",
} as const

/** Roles, territories and admin accounts are the head coordinator's to change, or a kecamatan coordinator could lift their own limit. */
async function onlyHeadCoordinator(req: Request, _res: MedusaResponse, next: MedusaNextFunction) {
  const { role } = await coordinatorAccess(req.scope, req.auth_context.actor_id)
  if (role !== "head") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Hanya koordinator kabupaten yang boleh mengubah peran, wilayah dan akun koordinator / only the head coordinator may change coordinators' roles, territories and accounts"
    )
  }
  next()
}

/**
 * The one territory check: a kecamatan coordinator acts only on producers
 * (and their products and orders) in their kecamatan. `locate` names the
 * kecamatan of every producer the request touches.
 */
function withinTerritory(what: keyof typeof OUTSIDE, locate: Locate) {
  return async function keepWithinTerritory(req: Request, _res: MedusaResponse, next: MedusaNextFunction) {
    const access = await coordinatorAccess(req.scope, req.auth_context.actor_id)
    if (access.role !== "head" && !coversAll(access, await locate(req))) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, OUTSIDE[what])
    }
    next()
  }
}

const text = (value: unknown) => (typeof value === "string" && value ? value : null)
const producerById: Locate = (req) => kecamatanOfProducers(req.scope, [req.params.id])
const productById: Locate = (req) => kecamatanOfProducts(req.scope, [req.params.id])
const desaInBody: Locate = async (req) => {
  const desaId = text(req.body?.desa_id)
  return desaId ? kecamatanOfDesa(req.scope, desaId) : [null]
}
/** A new product through Medusa's route names its producer in additional_data; none is outside every kecamatan. */
const producerOfNewProduct: Locate = async (req) => {
  const producerId = text((req.body?.additional_data as Record<string, unknown> | undefined)?.producer_id)
  return producerId ? kecamatanOfProducers(req.scope, [producerId]) : [null]
}
const orderById: Locate = (req) => kecamatanOfOrder(req.scope, req.params.id)

/**
 * Coordinator roles. Matchers without a method are prefix matches (Express's
 * use), so `/admin/products/:id` also covers its variants, options and
 * inventory. Bulk routes such as /admin/products/batch name no single product
 * and are refused to kecamatan coordinators.
 */
export const coordinatorMiddlewareRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/coordinators/:id/territory", method: "POST", middlewares: [onlyHeadCoordinator] },
  // Medusa's own account routes: a reset token for the head's account, or deleting it, is taking over the head's role.
  { matcher: "/admin/users/:id", method: "DELETE", middlewares: [onlyHeadCoordinator] },
  { matcher: "/admin/users/:id/reset-password", method: "POST", middlewares: [onlyHeadCoordinator] },
  { matcher: "/admin/invites", method: "POST", middlewares: [onlyHeadCoordinator] },
  { matcher: "/admin/invites/:id", method: "DELETE", middlewares: [onlyHeadCoordinator] },
  { matcher: "/admin/invites/:id/resend", method: "POST", middlewares: [onlyHeadCoordinator] },
  // Transfers arrive in the centre's one bank account: matching them to orders (of any kecamatan) is the centre's.
  { matcher: "/admin/transfer-references/:reference", method: "GET", middlewares: [onlyHeadCoordinator] },
  { matcher: "/admin/incoming-transfers", method: "GET", middlewares: [onlyHeadCoordinator] },
  // The centre's books of money received: every kecamatan's at once.
  { matcher: "/admin/payment-confirmations", method: "GET", middlewares: [onlyHeadCoordinator] },
  { matcher: "/admin/cash-list", method: "GET", middlewares: [onlyHeadCoordinator] },
  // Personal data of any buyer or producer, and its erasure: the centre's, as the data controller.
  { matcher: "/admin/data-requests", middlewares: [onlyHeadCoordinator] },
  // The fee the centre keeps is the programme's decision, for every kecamatan alike.
  { matcher: "/admin/settlement/fee", method: "POST", middlewares: [onlyHeadCoordinator] },
  { matcher: "/admin/producers", method: "POST", middlewares: [withinTerritory("producer", desaInBody)] },
  { matcher: "/admin/producers/:id", middlewares: [withinTerritory("producer", producerById)] },
  { matcher: "/admin/curation/products/:id", middlewares: [withinTerritory("product", productById)] },
  { matcher: "/admin/products", method: "POST", middlewares: [withinTerritory("product", producerOfNewProduct)] },
  { matcher: "/admin/products/:id", middlewares: [withinTerritory("product", productById)] },
  { matcher: "/admin/orders/:id", middlewares: [withinTerritory("order", orderById)] },
]
