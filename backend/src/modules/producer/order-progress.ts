/**
 * How a producer moves their part of an order along: accept it, pack it, then
 * either hand it over (to the OK OCE centre or a courier who came to collect)
 * or ship it themselves with a tracking note. A part they cannot fill is
 * declined instead (workflows/producer-order/decline-producer-order.ts).
 */
export const PRODUCER_ORDER_STATUSES = ["new", "accepted", "packed", "handed_over", "shipped", "declined"] as const
export type ProducerOrderStatus = (typeof PRODUCER_ORDER_STATUSES)[number]

/** The statuses a producer may set next; the last two end the producer's part. */
export const NEXT_STATUSES: Record<ProducerOrderStatus, readonly ProducerOrderStatus[]> = {
  new: ["accepted"],
  accepted: ["packed"],
  packed: ["handed_over", "shipped"],
  handed_over: [],
  shipped: [],
  declined: [],
}

export const STATUS_LABELS: Record<ProducerOrderStatus, string> = {
  new: "baru",
  accepted: "diterima",
  packed: "dikemas",
  handed_over: "diserahkan",
  shipped: "dikirim",
  declined: "ditolak",
}

/** Which timestamp records reaching a status. */
export const STATUS_TIMESTAMPS = {
  accepted: "accepted_at",
  packed: "packed_at",
  handed_over: "handed_over_at",
  shipped: "shipped_at",
} as const satisfies Record<Exclude<ProducerOrderStatus, "new" | "declined">, string>

/** Why a move is refused, in the producer's language; null when it is allowed. */
export function refuseTransition(
  from: ProducerOrderStatus,
  to: Exclude<ProducerOrderStatus, "new" | "declined">,
  trackingNote: string | undefined,
  orderStatus: string
): string | null {
  if (orderStatus === "canceled") {
    return "Pesanan ini sudah dibatalkan pembeli atau koordinator; tidak perlu diproses / order canceled"
  }
  if (from === "declined") {
    return "Pesanan ini sudah Anda tolak; pembeli sudah diberi tahu / order declined"
  }
  if (!NEXT_STATUSES[from].includes(to)) {
    const allowed = NEXT_STATUSES[from].map((status) => STATUS_LABELS[status])
    const next = allowed.length ? `langkah berikutnya: ${allowed.join(" atau ")}` : "pesanan ini sudah selesai Anda proses"
    return `status: pesanan berstatus ${STATUS_LABELS[from]}, tidak bisa langsung menjadi ${STATUS_LABELS[to]} (${next}) / not allowed from ${from} to ${to}`
  }
  if (to === "shipped" && !trackingNote) {
    return "tracking_note: tulis nomor resi atau nama kurir untuk pesanan yang dikirim / a tracking note is required"
  }
  return null
}
