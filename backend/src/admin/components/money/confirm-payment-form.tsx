import { Button, Input, Label, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { ErrorAlert } from "../curation/error-alert"
import { newRequestKey, useConfirmPayment, type OrderMoneyView } from "../../lib/money-api"
import { pacitanDay } from "../../../lib/time/pacitan-day"

/**
 * Records money received for one order: the amount (the rest still owed,
 * ready to confirm), the day it arrived, and for cash who collected it. Each
 * form carries its own key, so a double click or a retried request is
 * recorded once; a new key comes with the next form.
 */
export function ConfirmPaymentForm({ view, onDone }: { view: OrderMoneyView; onDone?: (message: string) => void }) {
  const { t } = useTranslation(NS)
  const cash = view.payment?.method === "cash_on_delivery"
  const [amount, setAmount] = useState(String(view.money?.outstanding || view.order.total || ""))
  const [receivedOn, setReceivedOn] = useState(pacitanDay())
  const [collectedBy, setCollectedBy] = useState("")
  const [note, setNote] = useState("")
  const [requestKey, setRequestKey] = useState(newRequestKey)
  const [message, setMessage] = useState<string | null>(null)
  const confirm = useConfirmPayment(view.order.id)
  const id = (field: string) => `${field}-${view.order.id}`

  async function submit(event: FormEvent) {
    event.preventDefault()
    setMessage(null)
    // Digits only: "46.000" and "Rp 46.000" are what people type.
    const whole = Number(amount.replace(/[^\d]/g, ""))
    const saved = await confirm.mutateAsync({
      amount: whole,
      received_on: receivedOn,
      request_key: requestKey,
      ...(cash ? { collected_by: collectedBy } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    })
    setRequestKey(newRequestKey())
    setMessage(saved.message ?? null)
    onDone?.(saved.message ?? "")
  }

  return (
    <form onSubmit={(event) => void submit(event).catch(() => undefined)} className="flex flex-col gap-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={id("amount")} size="xsmall">
            {t("money.amountReceived")}
          </Label>
          <Input id={id("amount")} size="small" inputMode="numeric" value={amount} onChange={(event) => setAmount(event.target.value)} className="w-32" />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={id("received-on")} size="xsmall">
            {cash ? t("money.handoverDate") : t("money.creditedDate")}
          </Label>
          <Input
            id={id("received-on")}
            size="small"
            type="date"
            max={pacitanDay()}
            value={receivedOn}
            onChange={(event) => setReceivedOn(event.target.value)}
          />
        </div>
        {cash ? (
          <div className="flex flex-col gap-y-1">
            <Label htmlFor={id("collected-by")} size="xsmall">
              {t("money.collectedBy")}
            </Label>
            <Input id={id("collected-by")} size="small" value={collectedBy} onChange={(event) => setCollectedBy(event.target.value)} className="w-44" />
          </div>
        ) : null}
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={id("note")} size="xsmall">
            {t("money.note")}
          </Label>
          <Input id={id("note")} size="small" value={note} onChange={(event) => setNote(event.target.value)} className="w-44" />
        </div>
        <Button type="submit" size="small" isLoading={confirm.isPending} disabled={!amount.trim() || (cash && !collectedBy.trim())}>
          {t("money.recordReceived")}
        </Button>
      </div>
      {confirm.error ? <ErrorAlert error={confirm.error} /> : null}
      {message ? (
        <Text size="small" className="text-ui-fg-subtle">
          {message}
        </Text>
      ) : null}
    </form>
  )
}
