import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ConfirmationTable } from "../components/money/confirmation-table"
import { ConfirmPaymentForm } from "../components/money/confirm-payment-form"
import { MoneySummary } from "../components/money/money-summary"
import { ReceiptPhotos } from "../components/money/receipt-photos"
import { ErrorAlert } from "../components/curation/error-alert"
import { NS } from "../i18n/namespace"
import { useOrderMoney } from "../lib/money-api"

/**
 * On Medusa's order page, for an order paid by transfer or cash: the
 * transfer's reference (Medusa shows payments without their provider's
 * data), where the money stands, the form to record money received, and
 * every confirmation so far. Recording the full amount captures the payment.
 */
const OrderMoneyReceivedWidget = ({ data: order }: { data: { id: string } }) => {
  const { t } = useTranslation(NS)
  const { data: view, error } = useOrderMoney(order.id)
  if (error) return <ErrorAlert error={error} />
  if (!view?.payment || !view.money) return null
  const transfer = view.payment.method === "bank_transfer"
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{transfer ? t("money.bankTransfer") : t("money.cashOnDelivery")}</Heading>
        {transfer ? (
          <Text size="small">
            <span className="text-ui-fg-subtle">{t("money.reference")}</span>
            <span className="font-mono">{view.payment.reference ?? "-"}</span>
          </Text>
        ) : null}
      </div>
      <div className="px-6 py-4">
        <MoneySummary money={view.money} />
      </div>
      <ReceiptPhotos view={view} />
      {view.money.outstanding || !view.money.paid ? (
        <div className="px-6 py-4">
          <ConfirmPaymentForm view={view} />
        </div>
      ) : null}
      {view.confirmations.length ? <ConfirmationTable confirmations={view.confirmations} showOrder={false} /> : null}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.before",
})

export default OrderMoneyReceivedWidget
