import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { curationStateLabel, STATE_COLORS } from "../../lib/labels"
import type { CurationState } from "../../lib/types"

/** The curation state in the admin's language, coloured the same everywhere it appears. */
export const StateBadge = ({ state }: { state: CurationState }) => {
  const { t } = useTranslation(NS)
  return <StatusBadge color={STATE_COLORS[state] ?? "grey"}>{curationStateLabel(t, state)}</StatusBadge>
}
