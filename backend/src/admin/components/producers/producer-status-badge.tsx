import { StatusBadge } from "@medusajs/ui"
import { PRODUCER_STATUS_COLORS, PRODUCER_STATUS_LABELS } from "../../lib/labels"
import type { ProducerStatus } from "../../lib/types"

export const ProducerStatusBadge = ({ status }: { status: ProducerStatus }) => (
  <StatusBadge color={PRODUCER_STATUS_COLORS[status] ?? "grey"}>{PRODUCER_STATUS_LABELS[status] ?? status}</StatusBadge>
)
