import fc from "fast-check"
import { newProduct } from "../producer-fixtures"
import { pathParam } from "./request-arbitraries"

export type Actor = "store" | "customer" | "producer" | "admin"
type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export type FuzzedRoute = {
  method: "GET" | "POST" | "DELETE"
  /** Express-style path; each `:name` is filled from `params`. */
  path: string
  actor: Actor
  params?: Record<string, fc.Arbitrary<string>>
  /** A body the route accepts (POST), the start of every near-valid one. */
  body?: Json
  /** A query the route accepts (GET). */
  query?: Record<string, string>
}

/** Real rows of the seeded store, so generated requests get past "not found" and reach the handlers. */
export type Fixtures = {
  cartId: string
  producerId: string
  producerHandle: string
  villageHandle: string
  kecamatanHandle: string
  kecamatanId: string
  desaId: string
  productId: string
  productHandle: string
  variantId: string
  coordinatorId: string
}

const CURATION_ACTIONS = ["approve", "request-changes", "reject", "revoke"]
/** No order is placed in this suite: an id of the right shape that names none. */
const UNKNOWN_ORDER = "order_01JZZZZZZZZZZZZZZZZZZZZZZZ"
/** Nor is any review written. */
const UNKNOWN_REVIEW = "prev_01JZZZZZZZZZZZZZZZZZZZZZZZ"

/**
 * Every exported method of every route.ts under src/api, in an order that
 * keeps the fixtures usable: store routes first, the producer's own before a
 * coordinator may suspend them, DELETE of the product last of the producer's.
 */
export function customRoutes(f: Fixtures): FuzzedRoute[] {
  const product = { id: pathParam(f.productId) }
  const producerBody = {
    business_name: "Kopi Gemaharjo Jaya",
    owner_name: "Sutini Rahayu",
    whatsapp: "+6281234567891",
    story: "Kopi robusta petik merah dari lereng Tegalombo, dijemur di para-para.",
    pirt: { number: "2063501010123-29", expires_on: "2029-05-31" },
  }
  return [
    { method: "GET", path: "/store/carts/:id/delivery-options", actor: "store", params: { id: pathParam(f.cartId) }, query: {} },
    { method: "GET", path: "/store/catalogue-changes", actor: "store", query: { after: "1" } },
    { method: "GET", path: "/store/catalogue-revision", actor: "store", query: {} },
    { method: "GET", path: "/store/catalogue/cards", actor: "store", query: { producer: f.producerHandle, limit: "12", offset: "0" } },
    { method: "GET", path: "/store/catalogue/products/:handle", actor: "store", params: { handle: pathParam(f.productHandle) }, query: {} },
    { method: "GET", path: "/store/carts/:id/preorders", actor: "store", params: { id: pathParam(f.cartId) }, query: {} },
    { method: "GET", path: "/store/delivery-rates", actor: "store", query: { grams: "1200", cart_id: f.cartId } },
    { method: "GET", path: "/store/harvests", actor: "store", query: { limit: "12" } },
    { method: "GET", path: "/store/kecamatan", actor: "store", query: {} },
    { method: "GET", path: "/store/orders/:id/payment-instructions", actor: "store", params: { id: pathParam(UNKNOWN_ORDER) }, query: {} },
    { method: "GET", path: "/store/orders/:id/progress", actor: "store", params: { id: pathParam(UNKNOWN_ORDER) }, query: {} },
    // Multipart in life; a JSON body carries no photo and must be refused with a 400 like any other.
    { method: "POST", path: "/store/orders/:id/transfer-receipts", actor: "store", params: { id: pathParam(UNKNOWN_ORDER) }, body: { receipt: "bukti.jpg" } },
    { method: "POST", path: "/store/orders/:id/access-key", actor: "store", params: { id: pathParam(UNKNOWN_ORDER) }, body: { cart_id: f.cartId } },
    {
      method: "POST",
      path: "/store/orders/:id/cancel",
      actor: "store",
      params: { id: pathParam(UNKNOWN_ORDER) },
      body: { key: "AbCdEfGhIjKlMnOpQrStUvWxYz012345", reason: "changed_mind" },
    },
    { method: "POST", path: "/store/stock-alerts", actor: "store", body: { handle: f.productHandle, email: "pembeli-fuzz@contoh.id", locale: "id" } },
    { method: "GET", path: "/store/customers/me/reviews", actor: "customer", query: {} },
    {
      method: "POST",
      path: "/store/customers/me/reviews",
      actor: "customer",
      body: { order_id: UNKNOWN_ORDER, product_id: f.productId, rating: 5, body: "Renyah dan gurih." },
    },
    { method: "GET", path: "/store/producers/:handle", actor: "store", params: { handle: pathParam(f.producerHandle) }, query: {} },
    {
      method: "GET",
      path: "/store/search/products",
      actor: "store",
      query: { q: "kopi", kecamatan: f.kecamatanHandle, halal: "true", price_min: "1000", price_max: "90000", sort: "price_asc", limit: "10", offset: "0" },
    },
    { method: "GET", path: "/store/villages/:handle", actor: "store", params: { handle: pathParam(f.villageHandle) }, query: {} },
    { method: "GET", path: "/store/villages", actor: "store", query: { kecamatan: f.kecamatanHandle, with_producers: "true" } },
    // Open to anyone (load balancers ask it); the store key it is sent with changes nothing.
    { method: "GET", path: "/health/ready", actor: "store", query: {} },
    // The OpenAPI document, open to anyone like /health/ready; it reads no input at all.
    { method: "GET", path: "/openapi.json", actor: "store", query: {} },
    // Prometheus' scrape: 404 without METRICS_TOKEN set, as in these suites.
    { method: "GET", path: "/metrics", actor: "store", query: {} },

    { method: "POST", path: "/producer/register", actor: "producer", body: { ...producerBody, handle: "kopi-gemaharjo-jaya", desa_id: f.desaId } },
    { method: "POST", path: "/producer/invite/accept", actor: "producer", body: { token: "undangan-yang-tidak-ada" } },
    { method: "GET", path: "/producer/me", actor: "producer", query: {} },
    { method: "POST", path: "/producer/me", actor: "producer", body: producerBody },
    { method: "GET", path: "/producer/orders", actor: "producer", query: { status: "new", limit: "10", offset: "0" } },
    { method: "GET", path: "/producer/orders/:id", actor: "producer", params: { id: pathParam(UNKNOWN_ORDER) }, query: {} },
    { method: "POST", path: "/producer/settlement/account", actor: "producer", body: { bank: "BRI", number: "0123 4567 8901", holder: "Sutini" } },
    { method: "GET", path: "/producer/settlement", actor: "producer", query: { limit: "20", offset: "0" } },
    { method: "GET", path: "/producer/settlement/statement", actor: "producer", query: { month: "2026-12" } },
    { method: "GET", path: "/producer/reports/sales", actor: "producer", query: { period: "week", from: "2026-11-02", to: "2026-12-06" } },
    {
      method: "POST",
      path: "/producer/orders/:id/status",
      actor: "producer",
      params: { id: pathParam(UNKNOWN_ORDER) },
      body: { status: "accepted", tracking_note: "JNE 1234567" },
    },
    {
      method: "POST",
      path: "/producer/orders/:id/decline",
      actor: "producer",
      params: { id: pathParam(UNKNOWN_ORDER) },
      body: { reason: "other", note: "Kebun terendam banjir" },
    },
    { method: "GET", path: "/producer/orders/:id/packing-slip", actor: "producer", params: { id: pathParam(UNKNOWN_ORDER) }, query: {} },
    { method: "GET", path: "/producer/stock", actor: "producer", query: { low_stock: "true" } },
    { method: "GET", path: "/producer/products", actor: "producer", query: { q: "kopi", curation_state: "draft", limit: "10", offset: "0" } },
    { method: "POST", path: "/producer/products", actor: "producer", body: newProduct() },
    { method: "GET", path: "/producer/products/:id", actor: "producer", params: product, query: {} },
    {
      method: "POST",
      path: "/producer/products/:id",
      actor: "producer",
      params: product,
      body: { title: "Kopi Robusta Petik Merah", variants: [{ id: f.variantId, price: 25000, weight: 250 }], compliance: { shelf_life_days: 180 } },
    },
    { method: "GET", path: "/producer/products/:id/stock", actor: "producer", params: product, query: {} },
    {
      method: "POST",
      path: "/producer/products/:id/stock",
      actor: "producer",
      params: product,
      body: { variants: [{ variant_id: f.variantId, stocked_quantity: 40, low_stock_threshold: 5 }] },
    },
    { method: "GET", path: "/producer/products/:id/stock/adjustments", actor: "producer", params: product, query: {} },
    {
      method: "POST",
      path: "/producer/products/:id/stock/adjustments",
      actor: "producer",
      params: product,
      body: { variant_id: f.variantId, delta: 3, reason: "hitung ulang gudang" },
    },
    { method: "GET", path: "/producer/products/:id/harvest", actor: "producer", params: product, query: {} },
    {
      method: "POST",
      path: "/producer/products/:id/harvest",
      actor: "producer",
      params: product,
      body: { expected_on: "2027-03-01", forecast_quantity: 200, unit: "kg", note: "petik merah" },
    },
    { method: "POST", path: "/producer/products/:id/harvest/harvested", actor: "producer", params: product, body: { quantity: 180 } },
    // Multipart in life; a JSON body carries no photo and must be refused with a 400 like any other.
    { method: "POST", path: "/producer/uploads", actor: "producer", body: { product_id: f.productId, photos: "foto.jpg" } },
    { method: "POST", path: "/producer/products/:id/photos", actor: "producer", params: product, body: { image_ids: [] } },
    { method: "POST", path: "/producer/products/:id/submit", actor: "producer", params: product, body: {} },
    { method: "DELETE", path: "/producer/products/:id", actor: "producer", params: product, query: {} },

    { method: "GET", path: "/admin/places/kecamatan", actor: "admin", query: {} },
    { method: "GET", path: "/admin/coordinators/:id/territory", actor: "admin", params: { id: pathParam(f.coordinatorId) }, query: {} },
    {
      method: "POST",
      path: "/admin/coordinators/:id/territory",
      actor: "admin",
      params: { id: pathParam(f.coordinatorId) },
      body: { role: "kecamatan", kecamatan_ids: [f.kecamatanId] },
    },
    { method: "GET", path: "/admin/coordinators/me", actor: "admin", query: {} },
    { method: "GET", path: "/admin/coordinators", actor: "admin", query: {} },
    { method: "GET", path: "/admin/coordinators/:id/history", actor: "admin", params: { id: pathParam(f.coordinatorId) }, query: {} },
    { method: "GET", path: "/admin/curation/products", actor: "admin", query: { status: "submitted", kecamatan: f.kecamatanHandle, limit: "10", offset: "0" } },
    { method: "GET", path: "/admin/curation/products/:id", actor: "admin", params: product, query: {} },
    {
      method: "POST",
      path: "/admin/curation/products/:id/:action",
      actor: "admin",
      params: { ...product, action: fc.oneof(fc.constantFrom(...CURATION_ACTIONS), pathParam("approve")) },
      body: { reason: "Foto produk kurang jelas." },
    },
    {
      method: "GET",
      path: "/admin/producers",
      actor: "admin",
      query: { q: "kopi", status: "active", kecamatan_id: f.kecamatanId, licence: "expiring", limit: "10", offset: "0" },
    },
    {
      method: "POST",
      path: "/admin/producers",
      actor: "admin",
      body: { ...producerBody, handle: "kopi-gemaharjo-jaya", desa_id: f.desaId, status: "pending" },
    },
    { method: "GET", path: "/admin/producers/:id", actor: "admin", params: { id: pathParam(f.producerId) }, query: {} },
    { method: "GET", path: "/admin/producers/:id/history", actor: "admin", params: { id: pathParam(f.producerId) }, query: {} },
    {
      method: "POST",
      path: "/admin/producers/:id",
      actor: "admin",
      params: { id: pathParam(f.producerId) },
      body: { ...producerBody, status_reason: "Data diperbarui." },
    },
    { method: "POST", path: "/admin/producers/:id/invite", actor: "admin", params: { id: pathParam(f.producerId) }, body: { email: "produsen-baru@uji.test" } },
    // Multipart in life; a JSON body carries no file and must be refused with a 400 like any other.
    {
      method: "POST",
      path: "/admin/producers/:id/products/import",
      actor: "admin",
      params: { id: pathParam(f.producerId) },
      body: { file: "produk.csv" },
    },
    { method: "GET", path: "/admin/producers/:id/settlement", actor: "admin", params: { id: pathParam(f.producerId) }, query: { limit: "20", offset: "0" } },
    {
      method: "POST",
      path: "/admin/producers/:id/payouts",
      actor: "admin",
      params: { id: pathParam(f.producerId) },
      body: { amount: 50_000, reference: "TRF-0412", paid_on: "2026-12-04" },
    },
    { method: "GET", path: "/admin/settlement/bank-export", actor: "admin", query: {} },
    { method: "POST", path: "/admin/producers/:id/payout-account/confirm", actor: "admin", params: { id: pathParam(f.producerId) }, body: {} },
    { method: "GET", path: "/admin/settlement/balances", actor: "admin", query: { limit: "20", offset: "0" } },
    { method: "GET", path: "/admin/settlement/fee", actor: "admin", query: {} },
    { method: "POST", path: "/admin/settlement/fee", actor: "admin", body: { percent: 0 } },
    { method: "GET", path: "/admin/transfer-references/:reference", actor: "admin", params: { reference: pathParam("PD-ABC234") }, query: {} },
    { method: "GET", path: "/admin/incoming-transfers", actor: "admin", query: { q: "PD-ABC234", limit: "10", offset: "0" } },
    { method: "GET", path: "/admin/orders/:id/payment-confirmations", actor: "admin", params: { id: pathParam(UNKNOWN_ORDER) }, query: {} },
    {
      method: "POST",
      path: "/admin/orders/:id/payment-confirmations",
      actor: "admin",
      params: { id: pathParam(UNKNOWN_ORDER) },
      body: { amount: 46000, received_on: "2026-12-01", collected_by: "Pak Budi", note: "BRI", request_key: "0f8c2d7e-uji" },
    },
    {
      method: "GET",
      path: "/admin/payment-confirmations",
      actor: "admin",
      query: { method: "bank_transfer", from: "2026-12-01", to: "2026-12-31", limit: "10" },
    },
    { method: "GET", path: "/admin/cash-list", actor: "admin", query: { date: "2026-12-01" } },
    { method: "GET", path: "/admin/pickup-list", actor: "admin", query: { date: "2026-12-01" } },
    { method: "GET", path: "/admin/reports/programme", actor: "admin", query: { months: "6" } },
    { method: "GET", path: "/admin/reports/programme/export", actor: "admin", query: { months: "6" } },
    { method: "GET", path: "/admin/reviews", actor: "admin", query: { status: "pending", limit: "10", offset: "0" } },
    {
      method: "POST",
      path: "/admin/reviews/:id",
      actor: "admin",
      params: { id: pathParam(UNKNOWN_REVIEW) },
      body: { status: "rejected", note: "Tidak sesuai produk" },
    },
    { method: "GET", path: "/admin/data-requests", actor: "admin", query: { limit: "10", offset: "0" } },
    { method: "POST", path: "/admin/data-requests/buyer-export", actor: "admin", body: { email: "pembeli-fuzz@contoh.id", format: "json" } },
    { method: "POST", path: "/admin/data-requests/producer-export", actor: "admin", body: { producer_id: f.producerId, format: "html" } },
    { method: "POST", path: "/admin/data-requests/buyer-erasure", actor: "admin", body: { email: "pembeli-fuzz@contoh.id", reason: "Permintaan uji" } },
    {
      method: "GET",
      path: "/admin/orders/:id/transfer-receipts/:receipt_id",
      actor: "admin",
      params: { id: pathParam(UNKNOWN_ORDER), receipt_id: pathParam("trcp_01JZZZZZZZZZZZZZZZZZZZZZZZ") },
      query: {},
    },
  ]
}
