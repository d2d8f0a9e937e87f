import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { formatDay, isExpired } from "../../lib/format"
import { halalKindLabels } from "../../lib/labels"
import type { ProducerLicences } from "../../lib/types"

/** An expiry day, in red with "kedaluwarsa" once it has passed. */
export const ExpiryDay = ({ value }: { value: string | null }) => {
  const { t } = useTranslation(NS)
  if (!value) {
    return <span>{t("licences.noExpiry")}</span>
  }
  return isExpired(value) ? (
    <span className="text-ui-fg-error">{t("licences.expiredOn", { day: formatDay(value) })}</span>
  ) : (
    <span>{t("licences.validUntil", { day: formatDay(value) })}</span>
  )
}

const Line = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="flex flex-col">
    <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{children}</Text>
  </div>
)

/** P-IRT, BPOM and halal side by side; the checklist judges them, this shows what is on file. */
export const LicenceList = ({ licences }: { licences: ProducerLicences }) => {
  const { t } = useTranslation(NS)
  return (
    <div className="flex flex-col gap-y-2">
      <Line label="P-IRT">
        {licences.pirt_number ? (
          <>
            {licences.pirt_number} · <ExpiryDay value={licences.pirt_expires_on} />
          </>
        ) : (
          t("licences.none")
        )}
      </Line>
      <Line label="BPOM">{licences.bpom_number || t("licences.none")}</Line>
      <Line label="Halal">
        {licences.halal_number ? (
          <>
            {licences.halal_kind ? `${halalKindLabels(t)[licences.halal_kind]} · ` : ""}
            {licences.halal_number} · <ExpiryDay value={licences.halal_expires_on} />
          </>
        ) : (
          t("licences.none")
        )}
      </Line>
    </div>
  )
}
