import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { PRODUCER_STATUS_COLORS, producerStatusLabel } from "../../lib/labels"
import type { ProducerStatus } from "../../lib/types"

export const ProducerStatusBadge = ({ status }: { status: ProducerStatus }) => {
  const { t } = useTranslation(NS)
  return <StatusBadge color={PRODUCER_STATUS_COLORS[status] ?? "grey"}>{producerStatusLabel(t, status)}</StatusBadge>
}
