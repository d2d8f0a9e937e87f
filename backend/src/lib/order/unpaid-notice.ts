import type { CreateNotificationDTO } from "@medusajs/framework/types"
import type { TransferOrderRow } from "./transfer-orders"
import { formatRupiah } from "../rupiah"

export const UNPAID_CANCELED_TEMPLATE = "order-canceled-unpaid"

/** The buyer's message (Indonesian): which order, why, and that nothing was charged. None without an email to send it to. */
export function unpaidCancellationNotice(order: TransferOrderRow): CreateNotificationDTO[] {
  if (!order.email) return []
  const reference = order.payments.find((payment) => payment.data?.reference)?.data?.reference
  return [
    {
      to: order.email,
      channel: "email",
      template: UNPAID_CANCELED_TEMPLATE,
      // One message per order however often the job meets it.
      idempotency_key: `${UNPAID_CANCELED_TEMPLATE}:${order.id}`,
      data: {
        subject: `Pesanan #${order.display_id} dibatalkan: transfer belum kami terima`,
        order_display_id: order.display_id,
        reference: typeof reference === "string" ? reference : null,
        total: formatRupiah(order.total),
        items: order.items,
        message:
          `Batas waktu pembayaran pesanan #${order.display_id} sudah lewat dan transfer sebesar ${formatRupiah(order.total)} belum kami terima, ` +
          "jadi pesanan ini kami batalkan dan barangnya kami jual kembali. Tidak ada uang yang ditarik. Silakan pesan lagi bila masih berminat.",
      },
    },
  ]
}
