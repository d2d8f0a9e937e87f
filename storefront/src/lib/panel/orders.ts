import { cancellationSentence, type Cancellation } from "../cancellation"
/** A producer's part of a buyer's order, as GET /producer/orders answers it. */
export type PanelOrder = {
  id: string
  status: OrderStatus
  tracking_note: string | null
  created_at: string
  next_statuses: OrderStatus[]
  order: {
    display_id: number | null
    canceled: boolean
    /** Who canceled and, for the buyer, why; null while the order stands. */
    cancellation?: Cancellation | null
    placed_at: string
    shipping_method: string | null
    deliver_to: { name: string; phone: string | null; address: string } | null
  }
  items: Array<{ id: string; title: string; variant_title: string | null; quantity: number; total: number }>
  total: number
  /** Whether the goods may leave: "Menunggu pembayaran" (a transfer not yet received), "Dibayar", "Bayar di tempat". */
  payment: { status: "awaiting_payment" | "paid" | "cash_on_delivery"; label: string }
  /** The producer's own decline of the part: why and when; null while they fill it. */
  declined?: { reason: DeclineReason; label: string; note: string | null; declined_at: string } | null
}

export type OrderStatus = "new" | "accepted" | "packed" | "handed_over" | "shipped" | "declined"

/** Why a producer cannot fill a part, as the backend takes it (modules/producer/order-decline.ts). */
export const DECLINE_REASON_LABELS = {
  out_of_stock: "Stok habis",
  harvest_failed: "Panen gagal atau belum siap",
  cannot_deliver: "Tidak dapat mengirim ke alamat pembeli",
  producer_unavailable: "Sedang berhalangan",
  other: "Alasan lain (tulis di bawah)",
} as const
export type DeclineReason = keyof typeof DECLINE_REASON_LABELS

/** A part may be declined until it is packed: after that the goods are off the shelf and the centre sorts it out. */
export const mayDecline = (order: PanelOrder) => !order.order.canceled && (order.status === "new" || order.status === "accepted")

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  new: "Baru",
  accepted: "Diterima",
  packed: "Dikemas",
  handed_over: "Diserahkan",
  shipped: "Dikirim",
  declined: "Ditolak",
}

/** The button that moves a part to each status: the producer's words for the step. */
export const MOVE_LABELS: Record<Exclude<OrderStatus, "new" | "declined">, string> = {
  accepted: "Terima pesanan",
  packed: "Sudah dikemas",
  handed_over: "Sudah diserahkan ke OK OCE/kurir",
  shipped: "Kirim dengan nomor resi",
}

/** The parts still waiting for the producer: the dashboard's "perlu diproses" (an unpaid transfer too: it waits for its money). */
export const isOpen = (order: PanelOrder) => !order.order.canceled && (order.next_statuses.length > 0 || order.payment.status === "awaiting_payment")

/** Whether a part came in on the producer's today, in Pacitan's time (WIB, UTC+7). */
export function placedToday(order: PanelOrder, now = new Date()) {
  const wibDay = (date: Date) => new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
  return wibDay(new Date(order.order.placed_at)) === wibDay(now)
}

/**
 * A wa.me link to the buyer, so the producer can ask about the delivery in one
 * tap; Indonesian numbers written 08… become 628….
 */
export function whatsappLink(phone: string | null | undefined, displayId: number | null) {
  const digits = (phone ?? "").replace(/\D/g, "")
  const international = digits.startsWith("0") ? `62${digits.slice(1)}` : digits
  if (!/^62\d{8,13}$/.test(international)) {
    return null
  }
  const text = `Halo, kami dari Pasar Desa OK OCE tentang pesanan #${displayId ?? ""}.`
  return `https://wa.me/${international}?text=${encodeURIComponent(text)}`
}

/** "28 Nov 2026 14.05" in Pacitan's time. */
export const formatPlacedAt = (iso: string) =>
  new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Jakarta" }).format(
    new Date(iso)
  )

/**
 * Where the producer lands after moving a part on: its card, on the tab of its
 * new status when they were looking at one status (it would have left that tab,
 * as if it were gone), on the same list otherwise.
 */
export function pageAfterStep(back: string, orderId: string, moved: OrderStatus) {
  const url = new URL(back, "http://panel.invalid")
  if (url.searchParams.has("status")) {
    url.searchParams.set("status", moved)
    url.searchParams.delete("halaman")
  }
  return `${url.pathname}${url.search}#o-${encodeURIComponent(orderId)}`
}

/** Why a canceled order was canceled, in the buyer page's words (the panel is Indonesian). */
export function cancellationText(order: PanelOrder): string | null {
  const cancellation = order.order.cancellation
  return order.order.canceled && cancellation ? cancellationSentence("id", cancellation) : null
}

/** What a packing slip prints, as GET /producer/orders/:id/packing-slip answers it: only the producer's own lines. */
export type PackingSlip = {
  id: string
  status: OrderStatus
  display_id: number | null
  placed_at: string
  canceled: boolean
  shipping_method: string | null
  deliver_to: { name: string; phone: string | null; address: string } | null
  producer: { business_name: string; whatsapp: string | null }
  items: Array<{ title: string; variant_title: string | null; sku: string | null; quantity: number }>
}
