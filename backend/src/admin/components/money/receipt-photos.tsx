import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { formatDateTime } from "../../lib/format"
import type { OrderMoneyView } from "../../lib/money-api"

/** Photos of transfer receipts the buyer attached: small here, full size a click away (the admin session's cookie reads them). */
export function ReceiptPhotos({ view }: { view: OrderMoneyView }) {
  const { t } = useTranslation(NS)
  if (!view.receipts.length) return null
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="small" weight="plus">
        {t("money.receiptsTitle")}
      </Text>
      <div className="flex flex-wrap gap-2">
        {view.receipts.map((receipt, index) => {
          const url = `/admin/orders/${view.order.id}/transfer-receipts/${receipt.id}`
          return (
            <a key={receipt.id} href={url} target="_blank" rel="noreferrer" className="flex flex-col gap-y-1">
              <img src={url} alt={t("money.receiptAlt", { number: index + 1 })} className="h-24 w-24 rounded-md object-cover" loading="lazy" />
              <Text size="xsmall" className="text-ui-fg-subtle">
                {formatDateTime(receipt.created_at)}
              </Text>
            </a>
          )
        })}
      </div>
    </div>
  )
}
