import { ExclamationCircleSolid } from "@medusajs/icons"
import { Tooltip } from "@medusajs/ui"

/**
 * The daily licence check sets a warning when a licence runs out within 30
 * days; the marker lets a coordinator spot it without opening each product.
 */
export const LicenceWarningMarker = ({ warning }: { warning: string | null }) => {
  if (!warning) {
    return null
  }
  return (
    <Tooltip content={warning}>
      <span className="text-ui-fg-error inline-flex items-center gap-x-1" aria-label={`Peringatan izin: ${warning}`}>
        <ExclamationCircleSolid />
        <span className="txt-compact-xsmall">Izin</span>
      </span>
    </Tooltip>
  )
}
