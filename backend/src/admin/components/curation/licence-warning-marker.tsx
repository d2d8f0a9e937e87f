import { ExclamationCircleSolid } from "@medusajs/icons"
import { Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"

/**
 * The daily licence check sets a warning when a licence runs out within 30
 * days; the marker lets a coordinator spot it without opening each product.
 * The warning itself is the check's own text, in Indonesian.
 */
export const LicenceWarningMarker = ({ warning }: { warning: string | null }) => {
  const { t } = useTranslation(NS)
  if (!warning) {
    return null
  }
  return (
    <Tooltip content={warning}>
      <span className="text-ui-fg-error inline-flex items-center gap-x-1" aria-label={t("curation.review.licenceWarning", { warning })}>
        <ExclamationCircleSolid />
        <span className="txt-compact-xsmall">{t("curation.review.licenceMarker")}</span>
      </span>
    </Tooltip>
  )
}
