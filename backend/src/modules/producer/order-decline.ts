import type { ProducerOrderStatus } from "./order-progress"

/** Why a producer cannot fill their part of an order, as the panel offers it; `other` asks for their own words. */
export const DECLINE_REASONS = ["out_of_stock", "harvest_failed", "cannot_deliver", "producer_unavailable", "other"] as const
export type DeclineReason = (typeof DECLINE_REASONS)[number]

/** The reason in the buyer's notice and the panel, in Indonesian. */
export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  out_of_stock: "stok habis",
  harvest_failed: "panen gagal atau belum siap",
  cannot_deliver: "tidak dapat mengirim ke alamat pembeli",
  producer_unavailable: "produsen sedang berhalangan",
  other: "alasan lain",
}

export type DeclineRefusal = { conflict: boolean; message: string }

/** The code of a decline refused as a conflict: its own words reach the producer, not the generic "busy, try again". */
export const DECLINE_CONFLICT_CODE = "producer_order_decline_conflict"

/**
 * Why a producer may not decline their part now, or null when they may. Twice
 * is a conflict (a double tap: nothing more happens); once the goods are packed
 * they are taken off the shelf and on their way, so the centre sorts it out.
 */
export function refuseDecline(from: ProducerOrderStatus, orderStatus: string): DeclineRefusal | null {
  if (from === "declined") return { conflict: true, message: "Pesanan ini sudah Anda tolak; pembeli sudah diberi tahu / already declined" }
  if (orderStatus === "canceled") return { conflict: true, message: "Pesanan ini sudah dibatalkan; tidak perlu ditolak / order canceled" }
  if (from === "shipped" || from === "handed_over") {
    return {
      conflict: false,
      message: "Pesanan ini sudah dikirim atau diserahkan, jadi tidak bisa ditolak lagi. Bila ada masalah, hubungi Pusat OK OCE / already shipped",
    }
  }
  if (from === "packed") {
    return {
      conflict: false,
      message: "Pesanan ini sudah dikemas dan stoknya sudah dikeluarkan, jadi tidak bisa ditolak lagi. Hubungi Pusat OK OCE / already packed",
    }
  }
  return null
}
