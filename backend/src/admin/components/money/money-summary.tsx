import { Badge, Text } from "@medusajs/ui"
import type { OrderMoney } from "../../lib/money-api"
import { formatRupiah } from "../../lib/format"

/** Where an order's money stands, in one badge: what a coordinator acts on. */
export function MoneyBadge({ money }: { money: OrderMoney }) {
  if (money.canceled)
    return <Badge color={money.to_return ? "red" : "grey"}>{money.to_return ? `Dibatalkan · kembalikan ${formatRupiah(money.to_return)}` : "Dibatalkan"}</Badge>
  if (money.outstanding && money.received) return <Badge color="orange">Kurang {formatRupiah(money.outstanding)}</Badge>
  if (money.outstanding) return <Badge color="grey">Menunggu</Badge>
  if (money.to_return) return <Badge color="orange">Lunas · lebih {formatRupiah(money.to_return)}</Badge>
  return <Badge color="green">Lunas</Badge>
}

/** Owed, received, and what is left or to give back. */
export const MoneySummary = ({ money }: { money: OrderMoney }) => (
  <div className="flex flex-col gap-y-1">
    <Text size="small">
      <span className="text-ui-fg-subtle">Tagihan: </span>
      {formatRupiah(money.due)}
    </Text>
    <Text size="small">
      <span className="text-ui-fg-subtle">Diterima: </span>
      {formatRupiah(money.received)}
    </Text>
    <MoneyBadge money={money} />
  </div>
)
