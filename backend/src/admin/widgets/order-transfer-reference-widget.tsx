import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"

type Payment = { provider_id: string; data: Record<string, unknown> | null; captured_at: string | null; canceled_at: string | null }
type Props = { data: { id: string; payment_collections?: Array<{ payments?: Payment[] | null } | null> | null } }

/**
 * The bank transfer's reference (PD-XXXXXX) on Medusa's order page, where a
 * coordinator checks the money: Medusa shows payments without their
 * provider's data, so the one thing the buyer wrote in the transfer was
 * nowhere on the order. The order list's search box finds it too
 * (order-reference-search-widget.tsx).
 */
const OrderTransferReferenceWidget = ({ data: order }: Props) => {
  const transfer = (order.payment_collections ?? [])
    .flatMap((collection) => collection?.payments ?? [])
    .find((payment) => payment.data?.method === "bank_transfer")
  if (!transfer) return null
  const status = transfer.canceled_at ? "Dibatalkan" : transfer.captured_at ? "Sudah diterima" : "Menunggu transfer"
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Transfer bank</Heading>
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Text size="small">
          <span className="text-ui-fg-subtle">Referensi: </span>
          <span className="font-mono">{String(transfer.data?.reference ?? "-")}</span>
        </Text>
        <Text size="small">
          <span className="text-ui-fg-subtle">Status: </span>
          {status}
        </Text>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.before",
})

export default OrderTransferReferenceWidget
