import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { NS } from "../../i18n/namespace"
import { paymentMethodLabels } from "../../lib/labels"
import type { Confirmation } from "../../lib/money-api"
import { formatDateTime, formatDay, formatRupiah } from "../../lib/format"

/** Who recorded how much money, when, for which order: the centre's history of money received. */
export const ConfirmationTable = ({ confirmations, showOrder = true }: { confirmations: Confirmation[]; showOrder?: boolean }) => {
  const { t } = useTranslation(NS)
  const methodLabels = paymentMethodLabels(t)
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          {showOrder ? <Table.HeaderCell>{t("common.order")}</Table.HeaderCell> : null}
          <Table.HeaderCell>{t("money.method")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("money.amount")}</Table.HeaderCell>
          <Table.HeaderCell>{t("money.received")}</Table.HeaderCell>
          <Table.HeaderCell>{t("money.recordedBy")}</Table.HeaderCell>
          <Table.HeaderCell>{t("money.noteColumn")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {confirmations.map((confirmation) => (
          <Table.Row key={confirmation.id} className="[&_td]:py-2 [&_td]:align-top">
            {showOrder ? (
              <Table.Cell>{confirmation.order_id ? <Link to={`/orders/${confirmation.order_id}`}>#{confirmation.order_display_id}</Link> : "-"}</Table.Cell>
            ) : null}
            <Table.Cell>{methodLabels[confirmation.method]}</Table.Cell>
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
}
