import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { Confirmation } from "../../lib/money-api"
import { formatDateTime, formatDay, formatRupiah } from "../../lib/format"

const METHOD_LABELS = { bank_transfer: "Transfer", cash_on_delivery: "Tunai" } as const

/** Who recorded how much money, when, for which order: the centre's history of money received. */
export const ConfirmationTable = ({ confirmations, showOrder = true }: { confirmations: Confirmation[]; showOrder?: boolean }) => (
  <Table>
    <Table.Header>
      <Table.Row>
        {showOrder ? <Table.HeaderCell>Pesanan</Table.HeaderCell> : null}
        <Table.HeaderCell>Cara</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Jumlah</Table.HeaderCell>
        <Table.HeaderCell>Diterima</Table.HeaderCell>
        <Table.HeaderCell>Dicatat oleh</Table.HeaderCell>
        <Table.HeaderCell>Catatan</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {confirmations.map((confirmation) => (
        <Table.Row key={confirmation.id} className="[&_td]:py-2 [&_td]:align-top">
          {showOrder ? (
            <Table.Cell>{confirmation.order_id ? <Link to={`/orders/${confirmation.order_id}`}>#{confirmation.order_display_id}</Link> : "-"}</Table.Cell>
          ) : null}
          <Table.Cell>{METHOD_LABELS[confirmation.method]}</Table.Cell>
          <Table.Cell className="text-right">{formatRupiah(confirmation.amount)}</Table.Cell>
          <Table.Cell>
            {formatDay(confirmation.received_on)}
            {confirmation.collected_by ? (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {confirmation.collected_by}
              </Text>
            ) : null}
          </Table.Cell>
          <Table.Cell>
            {confirmation.confirmed_by_name ?? confirmation.confirmed_by}
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatDateTime(confirmation.created_at)}
            </Text>
          </Table.Cell>
          <Table.Cell className="max-w-[240px] whitespace-pre-wrap">{confirmation.note ?? "-"}</Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
