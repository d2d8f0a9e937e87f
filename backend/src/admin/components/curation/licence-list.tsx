import { Text } from "@medusajs/ui"
import { formatDay, isExpired } from "../../lib/format"
import { HALAL_KIND_LABELS } from "../../lib/labels"
import type { ProducerLicences } from "../../lib/types"

/** An expiry day, in red with "kedaluwarsa" once it has passed. */
export const ExpiryDay = ({ value }: { value: string | null }) => {
  if (!value) {
    return <span>tanpa tanggal kedaluwarsa</span>
  }
  return isExpired(value) ? <span className="text-ui-fg-error">kedaluwarsa {formatDay(value)}</span> : <span>berlaku s.d. {formatDay(value)}</span>
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
export const LicenceList = ({ licences }: { licences: ProducerLicences }) => (
  <div className="flex flex-col gap-y-2">
    <Line label="P-IRT">
      {licences.pirt_number ? (
        <>
          {licences.pirt_number} · <ExpiryDay value={licences.pirt_expires_on} />
        </>
      ) : (
        "Belum ada"
      )}
    </Line>
    <Line label="BPOM">{licences.bpom_number || "Belum ada"}</Line>
    <Line label="Halal">
      {licences.halal_number ? (
        <>
          {licences.halal_kind ? `${HALAL_KIND_LABELS[licences.halal_kind]} · ` : ""}
          {licences.halal_number} · <ExpiryDay value={licences.halal_expires_on} />
        </>
      ) : (
        "Belum ada"
      )}
    </Line>
  </div>
)
