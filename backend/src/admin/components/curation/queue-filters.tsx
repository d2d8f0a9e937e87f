import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { useKecamatanList } from "../../lib/curation-api"
import { CURATION_STATES, curationStateLabels } from "../../lib/labels"
import { useProducerChoices } from "../../lib/producer-api"
import type { CurationQueueFilters, CurationState } from "../../lib/types"
import { FilterSelect } from "./filter-select"

type Props = { filters: CurationQueueFilters; onChange: (filters: CurationQueueFilters) => void }

/** State, kecamatan and producer filters; any change goes back to the first page. */
export const QueueFilters = ({ filters, onChange }: Props) => {
  const { t } = useTranslation(NS)
  const stateLabels = curationStateLabels(t)
  const kecamatan = useKecamatanList()
  const producers = useProducerChoices()
  const update = (patch: Partial<CurationQueueFilters>) => onChange({ ...filters, ...patch, offset: 0 })

  return (
    <div className="flex flex-wrap gap-4 px-6 py-4">
      <FilterSelect
        id="kurasi-status"
        label={t("curation.queue.statusFilter")}
        allLabel={t("common.allStatuses")}
        value={filters.status}
        options={CURATION_STATES.map((state) => ({ value: state, label: stateLabels[state] }))}
        onChange={(value) => update({ status: value as CurationState | undefined })}
      />
      <FilterSelect
        id="kurasi-kecamatan"
        label={t("common.kecamatan")}
        allLabel={t("common.allKecamatan")}
        value={filters.kecamatan}
        options={(kecamatan.data?.kecamatan ?? []).map((row) => ({ value: row.id, label: row.name }))}
        onChange={(value) => update({ kecamatan: value })}
      />
      <FilterSelect
        id="kurasi-produsen"
        label={t("common.producer")}
        allLabel={t("curation.queue.allProducers")}
        value={filters.producer}
        options={(producers.data?.producers ?? []).map((row) => ({ value: row.id, label: row.business_name }))}
        onChange={(value) => update({ producer: value })}
      />
    </div>
  )
}
