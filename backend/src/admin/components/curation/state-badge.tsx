import { StatusBadge } from "@medusajs/ui"
import { STATE_COLORS, STATE_LABELS } from "../../lib/labels"
import type { CurationState } from "../../lib/types"

/** The curation state in Indonesian, coloured the same everywhere it appears. */
export const StateBadge = ({ state }: { state: CurationState }) => (
  <StatusBadge color={STATE_COLORS[state] ?? "grey"}>{STATE_LABELS[state] ?? state}</StatusBadge>
)
