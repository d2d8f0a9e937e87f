import { medusa } from "../medusa"
import { forwardedFor } from "../client-address"
import { indonesian } from "./messages"
import type { PanelImage } from "./photos"

/**
 * Calls to the backend's producer API, always with the token from the
 * producer's cookie: the one SDK client serves every visitor and never keeps a token.
 */
export class PanelError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

/** A FormData body goes as multipart (photos), anything else as JSON. */
type Init = { method?: "GET" | "POST" | "DELETE"; body?: Record<string, unknown> | FormData; query?: Record<string, string> }

export async function producerApi<T>(token: string, path: string, init: Init = {}): Promise<T> {
  try {
    return await medusa.client.fetch<T>(path, {
      method: init.method ?? "GET",
      body: init.body,
      query: init.query,
      // The SDK's JSON content type dropped, so fetch writes the multipart boundary itself.
      headers: { authorization: `Bearer ${token}`, ...(init.body instanceof FormData ? { "content-type": null } : {}) },
    })
  } catch (error) {
    const { message, status } = error as { message?: string; status?: number }
    throw new PanelError(indonesian(message || "Terjadi kesalahan. Coba lagi."), status ?? 500)
  }
}

export const LOGIN_THROTTLED = "Terlalu banyak percobaan masuk. Tunggu sebentar, lalu coba lagi."

/** Signs a producer in; a wrong password answers with the backend's own words, a throttled login kindly. */
export async function loginProducer(email: string, password: string, clientAddress?: string): Promise<string> {
  try {
    const { token } = await medusa.client.fetch<{ token: string }>("/auth/producer/emailpass", {
      method: "POST",
      body: { email, password },
      headers: forwardedFor(clientAddress),
    })
    return token
  } catch (error) {
    const { message, status } = error as { message?: string; status?: number }
    if (status === 429) throw new PanelError(message ? indonesian(message) : LOGIN_THROTTLED, 429)
    throw new PanelError(indonesian(message || "Email atau kata sandi salah."), status ?? 500)
  }
}

export type StockRow = {
  product_id: string
  product_title: string
  variant_id: string
  variant_title: string
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
  preordered_quantity: number
  low_stock_threshold: number | null
  low_stock: boolean
}

export type CurationEvent = { action: string; to_state: string; reason: string | null; created_at: string }
export type PanelProduct = {
  id: string
  title: string
  handle: string
  description: string | null
  weight: number | null
  variants: Array<{ id: string; title: string; weight: number | null; prices?: Array<{ amount: number; currency_code: string }> }>
  categories?: Array<{ id: string; name: string } | null>
  images?: Array<PanelImage | null> | null
  product_curation?: { state: string; events?: CurationEvent[] } | null
  /** Food facts a coordinator checks; absent for a product created without them. */
  product_compliance?: {
    product_type: string
    licence: string
    halal: boolean
    net_quantity: string | null
    ingredients: string | null
    shelf_life_days: number | null
    storage: string | null
  } | null
}
export type Harvest = { id: string; expected_on: string; forecast_quantity: number; unit: string; note: string | null }
export type Me = {
  id: string
  handle: string
  business_name: string
  owner_name: string
  whatsapp: string
  notify_by?: "whatsapp" | "email" | "both"
  story: string
  status: string
  desa?: { id: string; name: string } | null
}

/** One line of what the centre owes the producer (GET /producer/settlement). */
export type SettlementEntry = {
  id: string
  kind: "sale" | "fee" | "refund" | "payout" | "adjustment"
  amount: number
  order_display_id: number | null
  note: string | null
  created_at: string
}
export type PayoutAccount = { bank: string; number: string; holder: string; confirmed: boolean }
export type Settlement = { balance: number; account: PayoutAccount | null; entries: SettlementEntry[]; count: number; limit: number; offset: number }
