import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { ErrorAlert } from "../../components/curation/error-alert"
import { NS } from "../../i18n/namespace"
import { formatDay, formatRupiah } from "../../lib/format"
import { useCashList, type CashList } from "../../lib/money-api"
import { pacitanDay } from "../../../lib/time/pacitan-day"

type Collector = CashList["collectors"][number]

/** One courier's or pickup point's cash of the day: each order, and the total they hand over. */
const CollectorTable = ({ collector }: { collector: Collector }) => {
  const { t } = useTranslation(NS)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{collector.collected_by}</Heading>
        <Text weight="plus">{formatRupiah(collector.total)}</Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("common.order")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("cash.handedOver")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("cash.due")}</Table.HeaderCell>
            <Table.HeaderCell>{t("cash.matches")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {collector.orders.map((order, index) => (
            <Table.Row key={`${order.order_id}-${index}`}>
              <Table.Cell>
                <Link to={`/orders/${order.order_id}`}>#{order.order_display_id}</Link>
              </Table.Cell>
              <Table.Cell className="text-right">{formatRupiah(order.amount)}</Table.Cell>
              <Table.Cell className="text-right">{formatRupiah(order.due)}</Table.Cell>
              <Table.Cell>
                {order.outstanding ? (
                  <Badge color="orange">{t("cash.short", { amount: formatRupiah(order.outstanding) })}</Badge>
                ) : order.to_return ? (
                  <Badge color="orange">{t("cash.over", { amount: formatRupiah(order.to_return) })}</Badge>
                ) : (
                  <Badge color="green">{t("cash.match")}</Badge>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

/**
 * The day's cash on delivery, by who collected it: what each courier or
 * pickup point must hand over, order by order, and every order whose cash
 * does not match what it owes. Cash is recorded on each order's page.
 */
const CashListPage = () => {
  const { t } = useTranslation(NS)
  const [searchParams, setSearchParams] = useSearchParams()
  const date = searchParams.get("tanggal") || pacitanDay()
  const { data, error, isLoading } = useCashList(date)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t("cash.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("cash.description", { day: formatDay(date) })}
          </Text>
        </div>
        <div className="flex flex-col gap-y-1">
          <label htmlFor="cash-date" className="txt-compact-small text-ui-fg-subtle">
            {t("common.date")}
          </label>
          <Input
            id="cash-date"
            type="date"
            size="small"
            max={pacitanDay()}
            value={date}
            onChange={(event) => setSearchParams({ tanggal: event.target.value })}
          />
        </div>
      </Container>
      {error ? <ErrorAlert error={error} /> : null}
      {isLoading ? <Text className="text-ui-fg-subtle">{t("cash.loading")}</Text> : null}
      {data && data.collectors.length === 0 ? (
        <Container>
          <Text className="text-ui-fg-subtle">{t("cash.empty")}</Text>
        </Container>
      ) : null}
      {data?.collectors.map((collector) => (
        <CollectorTable key={collector.collected_by} collector={collector} />
      ))}
      {data && data.collectors.length ? (
        <Container className="flex items-center justify-between px-6 py-4">
          <Text weight="plus">{t("cash.dayTotal")}</Text>
          <div className="flex items-center gap-x-3">
            {data.unsettled ? (
              <Badge color="orange">{t("cash.unsettled", { count: data.unsettled })}</Badge>
            ) : (
              <Badge color="green">{t("cash.allMatch")}</Badge>
            )}
            <Text weight="plus">{formatRupiah(data.total)}</Text>
          </div>
        </Container>
      ) : null}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.cash",
  translationNs: "pasarDesa",
  icon: Cash,
})

export default CashListPage
