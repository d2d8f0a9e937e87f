import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import type { OrderMoney } from "../../lib/money-api"
import { formatRupiah } from "../../lib/format"

/** Where an order's money stands, in one badge: what a coordinator acts on. */
export function MoneyBadge({ money }: { money: OrderMoney }) {
  const { t } = useTranslation(NS)
  if (money.canceled)
    return (
      <Badge color={money.to_return ? "red" : "grey"}>
        {money.to_return ? t("money.canceledReturn", { amount: formatRupiah(money.to_return) }) : t("money.canceled")}
      </Badge>
    )
  if (money.outstanding && money.received) return <Badge color="orange">{t("money.short", { amount: formatRupiah(money.outstanding) })}</Badge>
  if (money.outstanding) return <Badge color="grey">{t("money.waiting")}</Badge>
  if (money.to_return) return <Badge color="orange">{t("money.paidOver", { amount: formatRupiah(money.to_return) })}</Badge>
  return <Badge color="green">{t("money.paid")}</Badge>
}

/** Owed, received, and what is left or to give back. */
export const MoneySummary = ({ money }: { money: OrderMoney }) => {
  const { t } = useTranslation(NS)
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small">
        <span className="text-ui-fg-subtle">{t("money.due")}</span>
        {formatRupiah(money.due)}
      </Text>
      <Text size="small">
        <span className="text-ui-fg-subtle">{t("money.receivedSoFar")}</span>
        {formatRupiah(money.received)}
      </Text>
      <MoneyBadge money={money} />
    </div>
  )
}
