import { Input, Label } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { useTerritoryKecamatan } from "../../lib/coordinator-api"
import { PRODUCER_STATUSES, producerStatusLabels } from "../../lib/labels"
import type { ProducerListFilters, ProducerStatus } from "../../lib/types"
import { EXPIRY_WARNING_DAYS } from "../../../modules/producer/licence-expiry"
import { FilterSelect } from "../curation/filter-select"

type Props = { filters: ProducerListFilters; onChange: (filters: ProducerListFilters) => void }

/** How long typing pauses before the list is asked again: one request per word, not per letter. */
const TYPING_PAUSE_MS = 300

/** Search by name or handle, filter by status, kecamatan and licences running out; any change goes back to the first page. */
export const ProducerFilters = ({ filters, onChange }: Props) => {
  const { t } = useTranslation(NS)
  const [typed, setTyped] = useState(filters.q ?? "")
  const statusLabels = producerStatusLabels(t)
  const kecamatan = useTerritoryKecamatan()
  const update = (patch: Partial<ProducerListFilters>) => onChange({ ...filters, ...patch, offset: 0 })

  useEffect(() => {
    const q = typed.trim() || undefined
    if (q === filters.q) return
    const timer = setTimeout(() => update({ q }), TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
    // Only the typed text starts a search; the filters it is merged into are read when it fires.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed])

  return (
    <div className="flex flex-wrap gap-4 px-6 py-4">
      <div className="flex min-w-[240px] flex-col gap-y-1">
        <Label htmlFor="produsen-cari" size="xsmall" weight="plus">
          {t("producers.searchLabel")}
        </Label>
        <Input
          id="produsen-cari"
          type="search"
          size="small"
          placeholder={t("producers.searchPlaceholder")}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      <FilterSelect
        id="produsen-status"
        label={t("common.status")}
        allLabel={t("common.allStatuses")}
        value={filters.status}
        options={PRODUCER_STATUSES.map((status) => ({ value: status, label: statusLabels[status] }))}
        onChange={(value) => update({ status: value as ProducerStatus | undefined })}
      />
      <FilterSelect
        id="produsen-kecamatan"
        label={t("common.kecamatan")}
        allLabel={t("common.allKecamatanInTerritory")}
        value={filters.kecamatan_id}
        options={kecamatan.map((place) => ({ value: place.id, label: place.name }))}
        onChange={(value) => update({ kecamatan_id: value })}
      />
      <FilterSelect
        id="produsen-izin"
        label={t("producers.licenceFilter")}
        allLabel={t("producers.allLicences")}
        value={filters.licence}
        options={[{ value: "expiring", label: t("producers.licenceExpiring", { days: EXPIRY_WARNING_DAYS }) }]}
        onChange={(value) => update({ licence: value === "expiring" ? "expiring" : undefined })}
      />
    </div>
  )
}
