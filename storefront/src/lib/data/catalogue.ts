import type { Picture } from "../pictures"
import type { PublicReview, Rating } from "../reviews"
import { medusa } from "../medusa"

/** The shapes of our store routes (backend/src/api/store), as the storefront reads them. */
export type Place = {
  id: string
  code: string
  name: string
  handle: string
  story: string
  image_url: string | null
  latitude: number | null
  longitude: number | null
}
export type Licences = {
  pirt: { number: string; expires_on: string } | null
  bpom: { number: string } | null
  halal: { kind: "certificate" | "self_declare"; number: string; expires_on: string | null } | null
  demo: boolean
}
export type Producer = {
  id: string
  handle: string
  business_name: string
  owner_name: string
  story: string
  photo_url: string | null
  whatsapp: string | null
  licences: Licences
}
export type ProducerPage = Producer & {
  village: Place & { kecamatan: Place }
  products: Array<{ id: string; handle: string; title: string; thumbnail: string | null }>
}
export type VillagePage = Place & {
  type: string
  postal_code: string | null
  kecamatan: Place
  producers: Array<Producer & { product_count: number }>
  product_count: number
}
export type KecamatanSummary = Place & { desa_count: number; producer_count: number; product_count: number }
export type VillageSummary = Place & { type: string; kecamatan: { id: string; name: string; handle: string }; producer_count: number; product_count: number }

/** Our routes answer 404 for an unknown handle; pages turn that into their own 404. */
async function getOrNull<T>(path: string): Promise<T | null> {
  try {
    return await medusa.client.fetch<T>(path)
  } catch (error) {
    if ((error as { status?: number }).status === 404) {
      return null
    }
    throw error
  }
}

export const getProducer = (handle: string) =>
  getOrNull<{ producer: ProducerPage }>(`/store/producers/${encodeURIComponent(handle)}`).then((body) => body?.producer ?? null)

export const getVillage = (handle: string) =>
  getOrNull<{ village: VillagePage }>(`/store/villages/${encodeURIComponent(handle)}`).then((body) => body?.village ?? null)

export const listKecamatan = () => medusa.client.fetch<{ kecamatan: KecamatanSummary[] }>("/store/kecamatan").then((body) => body.kecamatan)

export const listVillages = (kecamatan?: string) =>
  medusa.client
    .fetch<{ villages: VillageSummary[] }>("/store/villages", { query: kecamatan ? { kecamatan } : { with_producers: "true" } })
    .then((body) => body.villages)

export type ProductDetail = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  /** Each with its widths when it is a producer's photo (`sizes` is absent from views written before photos). */
  images: Array<Omit<Picture, "sizes" | "width" | "height"> & Partial<Pick<Picture, "sizes" | "width" | "height">>>
  okOce: boolean
  /** Units in orders that stand; absent from views written before it was counted. */
  sold?: number
  /** Approved reviews' mean stars and count; null before the first, absent from older views. */
  rating?: Rating | null
  /** The newest approved reviews. */
  reviews?: PublicReview[]
  producerHandle: string | null
  compliance: {
    product_type: string
    net_quantity: string | null
    ingredients: string | null
    shelf_life_days: number | null
    storage: string | null
    halal: boolean
  } | null
  variants: Array<{ id: string; title: string; price: number | null; inStock: boolean; quantity: number | null }>
}

/** The product page's data from its stored view (GET /store/catalogue/products/:handle): one indexed read. */
export const getProductDetail = (handle: string) =>
  getOrNull<{ product: ProductDetail }>(`/store/catalogue/products/${encodeURIComponent(handle)}`).then((body) => body?.product ?? null)
