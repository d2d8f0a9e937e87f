import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { maskedAccountNumber, payoutNotice } from "../../../lib/notification/payout-notice"
import { producerRecipients } from "../../../lib/producer/producer-recipients"
import { formatRupiah } from "../../../lib/rupiah"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

/** A payout as settlement.payout_recorded carries it (record-payout.ts): its ledger entry and what the coordinator wrote of it. */
export type PayoutRecordedEvent = { id: string; producer_id: string; reference: string; paid_on: string }

export const PRODUCER_PAYOUT_SENT_TEMPLATE = "producer-payout-sent"
/** Where the producer reads their balance, each sale and each payout. */
export const PANEL_BALANCE_PATH = "/panel/saldo"

/**
 * The producer's notice of money the centre paid them: the amount from the
 * ledger entry, the account it went to (masked), the day and reference, and
 * the balance right after it (the entries before it plus the payout, whatever
 * came since). Keyed by the entry, so a redelivered event sends nothing twice.
 * Read only.
 */
export const buildPayoutNoticeStep = createStep("build-payout-notice", async (payout: PayoutRecordedEvent, { container }) => {
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const [entry] = await settlement.listSettlementEntries({ id: payout.id, kind: "payout" }, { select: ["id", "producer_id", "amount", "created_at"] })
  if (!entry) return new StepResponse([] as CreateNotificationDTO[])
  const [[account], before, recipients] = await Promise.all([
    settlement.listPayoutAccounts({ producer_id: entry.producer_id }, { select: ["bank", "number", "holder"] }),
    settlement.balanceBefore(entry.producer_id, new Date(entry.created_at)),
    producerRecipients(container, [entry.producer_id]),
  ])
  const amount = -entry.amount
  const words = payoutNotice({ amount, reference: payout.reference, paid_on: payout.paid_on, account: account ?? null, balance_after: before + entry.amount })
  const notices = (recipients.get(entry.producer_id) ?? []).map(({ channel, to }): CreateNotificationDTO => ({
    to,
    channel,
    template: PRODUCER_PAYOUT_SENT_TEMPLATE,
    idempotency_key: `${PRODUCER_PAYOUT_SENT_TEMPLATE}:${entry.id}:${to}`,
    resource_type: "producer",
    resource_id: entry.producer_id,
    data: {
      subject: words.subject,
      producer_id: entry.producer_id,
      payout_id: entry.id,
      amount: formatRupiah(amount),
      reference: payout.reference,
      paid_on: payout.paid_on,
      account: account ? `${account.bank} ${maskedAccountNumber(account.number)}` : null,
      panel_path: PANEL_BALANCE_PATH,
      message: words.message,
    },
  }))
  return new StepResponse(notices)
})
