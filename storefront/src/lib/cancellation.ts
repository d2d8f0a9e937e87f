import { translator, type Locale } from "../i18n"
import type { MessageKey } from "../i18n/id"
import type { CancelReason } from "./order-access.server"

/** Who canceled an order and, when it was the buyer, why (the backend's progress and panel views). */
export type Cancellation = { by: "buyer"; reason: CancelReason } | { by: "unpaid" | "harvest_short" | "producer" | "centre" }

/** The sentence buyers' order pages and producers' panel show for a cancellation. */
export function cancellationSentence(locale: Locale, cancellation: Cancellation): string {
  const t = translator(locale)
  return cancellation.by === "buyer"
    ? t("order.canceledBy.buyer", { reason: t(`order.cancel.reason.${cancellation.reason}` as MessageKey) })
    : t(`order.canceledBy.${cancellation.by}` as MessageKey)
}
