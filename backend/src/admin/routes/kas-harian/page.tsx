import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { Link, useSearchParams } from "react-router-dom"
import { ErrorAlert } from "../../components/curation/error-alert"
import { formatDay, formatRupiah } from "../../lib/format"
import { useCashList, type CashList } from "../../lib/money-api"
import { pacitanDay } from "../../../lib/time/pacitan-day"

type Collector = CashList["collectors"][number]

/** One courier's or pickup point's cash of the day: each order, and the total they hand over. */
const CollectorTable = ({ collector }: { collector: Collector }) => (
  <Container className="divide-y p-0">
    <div className="flex items-center justify-between px-6 py-4">
      <Heading level="h2">{collector.collected_by}</Heading>
      <Text weight="plus">{formatRupiah(collector.total)}</Text>
    </div>
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Pesanan</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Diserahkan</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Tagihan</Table.HeaderCell>
          <Table.HeaderCell>Cocok?</Table.HeaderCell>
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
                <Badge color="orange">Kurang {formatRupiah(order.outstanding)}</Badge>
              ) : order.to_return ? (
                <Badge color="orange">Lebih {formatRupiah(order.to_return)}</Badge>
              ) : (
                <Badge color="green">Cocok</Badge>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </Container>
)

/**
 * The day's cash on delivery, by who collected it: what each courier or
 * pickup point must hand over, order by order, and every order whose cash
 * does not match what it owes. Cash is recorded on each order's page.
 */
const CashListPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const date = searchParams.get("tanggal") || pacitanDay()
  const { data, error, isLoading } = useCashList(date)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Kas harian</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Uang tunai bayar di tempat yang diserahkan kurir dan titik ambil pada {formatDay(date)}. Catat serah terima di halaman pesanan.
          </Text>
        </div>
        <div className="flex flex-col gap-y-1">
          <label htmlFor="cash-date" className="txt-compact-small text-ui-fg-subtle">
            Tanggal
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
      {isLoading ? <Text className="text-ui-fg-subtle">Memuat kas…</Text> : null}
      {data && data.collectors.length === 0 ? (
        <Container>
          <Text className="text-ui-fg-subtle">Tidak ada uang tunai yang diserahkan pada hari ini.</Text>
        </Container>
      ) : null}
      {data?.collectors.map((collector) => (
        <CollectorTable key={collector.collected_by} collector={collector} />
      ))}
      {data && data.collectors.length ? (
        <Container className="flex items-center justify-between px-6 py-4">
          <Text weight="plus">Jumlah hari ini</Text>
          <div className="flex items-center gap-x-3">
            {data.unsettled ? <Badge color="orange">{data.unsettled} pesanan tidak cocok</Badge> : <Badge color="green">Semua cocok</Badge>}
            <Text weight="plus">{formatRupiah(data.total)}</Text>
          </div>
        </Container>
      ) : null}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Kas harian",
  icon: Cash,
})

export default CashListPage
