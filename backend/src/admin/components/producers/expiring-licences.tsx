import { Badge } from "@medusajs/ui"
import { expiringLicences, licenceToday } from "../../../modules/producer/licence-expiry"
import { formatDay } from "../../lib/format"
import type { ProducerLicences } from "../../lib/types"

const LICENCE_NAMES = { pirt: "P-IRT", halal: "Halal" } as const

/**
 * The licences that put a producer on the "licence expiring" list, soonest first: red once
 * expired, orange while still valid, by the same rule as the list's filter and the daily check.
 */
export const ExpiringLicences = ({ licences }: { licences: ProducerLicences }) => {
  const today = licenceToday()
  return (
    <div className="flex flex-col items-start gap-y-1">
      {expiringLicences(licences, today).map(({ licence, expires_on }) => (
        <Badge key={licence} size="2xsmall" color={expires_on < today ? "red" : "orange"}>
          {LICENCE_NAMES[licence]} {expires_on < today ? "kedaluwarsa" : "berakhir"} {formatDay(expires_on)}
        </Badge>
      ))}
    </div>
  )
}
