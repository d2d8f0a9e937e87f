import { Button, Input, Label } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { ErrorAlert } from "../curation/error-alert"
import { useRecordPayout, type ProducerBalance } from "../../lib/money-api"
import { pacitanDay } from "../../../lib/time/pacitan-day"

/**
 * Records a payout made from the centre's bank: the amount (the whole balance,
 * ready to confirm), the bank's reference and the day. The same reference
 * twice records once, so a double click does no harm.
 */
export function PayoutForm({ row, onDone }: { row: ProducerBalance; onDone: () => void }) {
  const { t } = useTranslation(NS)
  const [amount, setAmount] = useState(String(Math.max(0, row.balance)))
  const [reference, setReference] = useState("")
  const [paidOn, setPaidOn] = useState(pacitanDay())
  const payout = useRecordPayout(row.producer.id)
  const id = (field: string) => `${field}-${row.producer.id}`

  async function submit(event: FormEvent) {
    event.preventDefault()
    await payout.mutateAsync({ amount: Number(amount.replace(/[^\d]/g, "")), reference: reference.trim(), paid_on: paidOn })
    onDone()
  }

  return (
    <form onSubmit={(event) => void submit(event).catch(() => undefined)} className="flex flex-col gap-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={id("amount")} size="xsmall">
            {t("balances.payoutAmount")}
          </Label>
          <Input id={id("amount")} size="small" inputMode="numeric" value={amount} onChange={(event) => setAmount(event.target.value)} className="w-32" />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={id("reference")} size="xsmall">
            {t("balances.bankReference")}
          </Label>
          <Input id={id("reference")} size="small" value={reference} onChange={(event) => setReference(event.target.value)} className="w-40" />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={id("paid-on")} size="xsmall">
            {t("balances.transferDate")}
          </Label>
          <Input id={id("paid-on")} size="small" type="date" max={pacitanDay()} value={paidOn} onChange={(event) => setPaidOn(event.target.value)} />
        </div>
        <Button type="submit" size="small" isLoading={payout.isPending} disabled={!amount.trim() || reference.trim().length < 3}>
          {t("balances.recordPayout")}
        </Button>
      </div>
      {payout.error ? <ErrorAlert error={payout.error} /> : null}
    </form>
  )
}
