import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ErrorAlert } from "../../components/curation/error-alert"
import { ListPagination } from "../../components/list-pagination"
import { ConfirmationTable } from "../../components/money/confirmation-table"
import { ConfirmPaymentForm } from "../../components/money/confirm-payment-form"
import { MoneyBadge } from "../../components/money/money-summary"
import { NS } from "../../i18n/namespace"
import { formatDateTime, formatRupiah } from "../../lib/format"
import { HISTORY_PAGE_SIZE, TRANSFER_PAGE_SIZE, useConfirmationHistory, useIncomingTransfers, type OrderMoneyView } from "../../lib/money-api"
import { usePageParams } from "../../lib/use-page-params"

/** One transfer: the order, what the buyer was to write and pay, where it stands, and the form to record money seen on the statement. */
function TransferRow({ view }: { view: OrderMoneyView }) {
  const { t } = useTranslation(NS)
  const [open, setOpen] = useState(false)
  return (
    <Table.Row className="[&_td]:py-3 [&_td]:align-top">
      <Table.Cell>
        <Link to={`/orders/${view.order.id}`}>#{view.order.display_id}</Link>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {formatDateTime(view.order.created_at)}
        </Text>
      </Table.Cell>
      <Table.Cell>
        <span className="font-mono">{view.payment?.reference ?? "-"}</span>
        {view.receipts.length ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            <Link to={`/orders/${view.order.id}`}>{t("transfers.receiptPhotos", { count: view.receipts.length })}</Link>
          </Text>
        ) : null}
      </Table.Cell>
      <Table.Cell>{view.order.email ?? "-"}</Table.Cell>
      <Table.Cell className="text-right">
        {formatRupiah(view.money?.due ?? view.order.total)}
        {view.money?.received ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("transfers.receivedAmount", { amount: formatRupiah(view.money.received) })}
          </Text>
        ) : null}
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-col items-start gap-y-2">
          {view.money ? <MoneyBadge money={view.money} /> : null}
          {open ? (
            <ConfirmPaymentForm view={view} />
          ) : (
            <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
              {t("transfers.record")}
            </Button>
          )}
        </div>
      </Table.Cell>
    </Table.Row>
  )
}

/**
 * Transfers to the centre's account, matched to orders: a coordinator reading
 * the bank statement finds the order by the reference the buyer wrote, the
 * amount, or the order number, and records what arrived. Below, every
 * confirmation so far: who, when, how much.
 */
const IncomingTransfersPage = () => {
  const { t } = useTranslation(NS)
  const [searchParams, go] = usePageParams()
  const q = searchParams.get("q") ?? ""
  const offset = Number(searchParams.get("offset")) || 0
  const historyOffset = Number(searchParams.get("riwayat")) || 0
  const [typed, setTyped] = useState(q)
  const transfers = useIncomingTransfers(q, offset)
  const history = useConfirmationHistory("bank_transfer", historyOffset)
  const search = (event: FormEvent) => {
    event.preventDefault()
    go({ q: typed.trim(), offset: 0 })
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">{t("transfers.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("transfers.description")}
          </Text>
        </div>
        <form onSubmit={search} className="flex flex-wrap items-center gap-2 px-6 py-4">
          <label htmlFor="transfer-search" className="txt-compact-small text-ui-fg-subtle">
            {t("common.search")}
          </label>
          <Input
            id="transfer-search"
            size="small"
            placeholder={t("transfers.searchPlaceholder")}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            className="w-64"
          />
          <Button type="submit" size="small" variant="secondary">
            {t("common.search")}
          </Button>
          {q ? (
            <Button type="button" size="small" variant="transparent" onClick={() => (setTyped(""), go({ q: "", offset: 0 }))}>
              {t("transfers.allWaiting")}
            </Button>
          ) : null}
        </form>
        {transfers.error ? (
          <div className="px-6 py-4">
            <ErrorAlert error={transfers.error} />
          </div>
        ) : null}
        {transfers.isLoading ? (
          <Text className="text-ui-fg-subtle px-6 py-4">{t("transfers.loading")}</Text>
        ) : transfers.data && transfers.data.transfers.length === 0 ? (
          <Text className="text-ui-fg-subtle px-6 py-4">{q ? t("transfers.emptySearch") : t("transfers.empty")}</Text>
        ) : transfers.data ? (
          <>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("common.order")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("transfers.reference")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("transfers.buyer")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("transfers.due")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {transfers.data.transfers.map((view) => (
                  <TransferRow key={view.order.id} view={view} />
                ))}
              </Table.Body>
            </Table>
            <ListPagination
              count={transfers.data.count}
              pageSize={TRANSFER_PAGE_SIZE}
              offset={offset}
              noun={t("pagination.transfers")}
              onOffsetChange={(next) => go({ offset: next })}
            />
          </>
        ) : null}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("transfers.historyTitle")}</Heading>
        </div>
        {history.error ? <ErrorAlert error={history.error} /> : null}
        {history.data && history.data.confirmations.length ? (
          <>
            <ConfirmationTable confirmations={history.data.confirmations} />
            <ListPagination
              count={history.data.count}
              pageSize={HISTORY_PAGE_SIZE}
              offset={historyOffset}
              noun={t("pagination.confirmations")}
              onOffsetChange={(next) => go({ riwayat: next })}
            />
          </>
        ) : (
          <Text className="text-ui-fg-subtle px-6 py-4">{t("transfers.historyEmpty")}</Text>
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.transfers",
  translationNs: "pasarDesa",
  icon: CreditCard,
})

export default IncomingTransfersPage
