import { pathParam } from "./request-arbitraries"
import type { FuzzedRoute } from "./custom-routes"

/** Rows of the seeded store the storefront's own calls name: a cart with a line, its region, delivery and payment. */
export type StoreFixtures = {
  regionId: string
  productId: string
  variantId: string
  categoryId: string
  cartId: string
  lineId: string
  shippingOptionId: string
  paymentCollectionId: string
  paymentProviderId: string
}

const ADDRESS = {
  first_name: "Sri",
  last_name: "Wahyuni",
  phone: "+6281234567890",
  address_1: "Jl. Ahmad Yani 12, RT 02/RW 03",
  address_2: "Desa Sidoharjo",
  city: "Pacitan",
  province: "Jawa Timur",
  postal_code: "63514",
  country_code: "id",
}

/**
 * Medusa's store routes as the storefront calls them, each with the body or query it sends:
 * not ours, but every buyer's request goes through them, so a 500 there is ours to prevent.
 * The cart is completed last, after every other cart route has had its turn.
 */
export function medusaStoreRoutes(f: StoreFixtures): FuzzedRoute[] {
  const cart = { id: pathParam(f.cartId) }
  return [
    {
      method: "GET",
      path: "/store/products",
      actor: "store",
      query: {
        limit: "24",
        offset: "0",
        q: "kopi",
        region_id: f.regionId,
        order: "-created_at",
        category_id: f.categoryId,
        fields: "id,title,handle,*variants.calculated_price",
        created_at: "2026-01-01",
      },
    },
    {
      method: "GET",
      path: "/store/products/:id",
      actor: "store",
      params: { id: pathParam(f.productId) },
      query: { region_id: f.regionId, fields: "*variants.calculated_price" },
    },
    { method: "GET", path: "/store/product-categories", actor: "store", query: { fields: "handle,name", limit: "50" } },
    { method: "GET", path: "/store/regions", actor: "store", query: { fields: "id,currency_code", limit: "50" } },
    {
      method: "POST",
      path: "/store/carts",
      actor: "store",
      body: { region_id: f.regionId, email: "pembeli@uji.test", items: [{ variant_id: f.variantId, quantity: 1 }] },
    },
    { method: "GET", path: "/store/carts/:id", actor: "store", params: cart, query: { fields: "id,total,*items" } },
    {
      method: "POST",
      path: "/store/carts/:id",
      actor: "store",
      params: cart,
      body: { email: "pembeli@uji.test", shipping_address: ADDRESS, billing_address: ADDRESS, metadata: { catatan: "Titip di warung" } },
    },
    { method: "POST", path: "/store/carts/:id/line-items", actor: "store", params: cart, body: { variant_id: f.variantId, quantity: 2 } },
    { method: "POST", path: "/store/carts/:id/line-items/:line_id", actor: "store", params: { ...cart, line_id: pathParam(f.lineId) }, body: { quantity: 3 } },
    { method: "GET", path: "/store/shipping-options", actor: "store", query: { cart_id: f.cartId } },
    { method: "POST", path: "/store/carts/:id/shipping-methods", actor: "store", params: cart, body: { option_id: f.shippingOptionId } },
    { method: "POST", path: "/store/payment-collections", actor: "store", body: { cart_id: f.cartId } },
    {
      method: "POST",
      path: "/store/payment-collections/:id/payment-sessions",
      actor: "store",
      params: { id: pathParam(f.paymentCollectionId) },
      body: { provider_id: f.paymentProviderId },
    },
    { method: "DELETE", path: "/store/carts/:id/line-items/:line_id", actor: "store", params: { ...cart, line_id: pathParam(f.lineId) }, query: {} },
    { method: "POST", path: "/store/carts/:id/complete", actor: "store", params: cart, body: {} },
  ]
}
