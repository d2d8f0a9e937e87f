import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { expiringLicences, licenceToday } from "../../../modules/producer/licence-expiry"
import { NS } from "../../i18n/namespace"
import { formatDay } from "../../lib/format"
import type { ProducerLicences } from "../../lib/types"

/** Licence names are the same in either language. */
const LICENCE_NAMES = { pirt: "P-IRT", halal: "Halal" } as const

/**
 * The licences that put a producer on the "licence expiring" list, soonest first: red once
 * expired, orange while still valid, by the same rule as the list's filter and the daily check.
 */
export const ExpiringLicences = ({ licences }: { licences: ProducerLicences }) => {
  const { t } = useTranslation(NS)
  const today = licenceToday()
  return (
    <div className="flex flex-col items-start gap-y-1">
      {expiringLicences(licences, today).map(({ licence, expires_on }) => (
        <Badge key={licence} size="2xsmall" color={expires_on < today ? "red" : "orange"}>
          {expires_on < today
            ? t("producers.expired", { licence: LICENCE_NAMES[licence], day: formatDay(expires_on) })
            : t("producers.endsOn", { licence: LICENCE_NAMES[licence], day: formatDay(expires_on) })}
        </Badge>
      ))}
    </div>
  )
}
