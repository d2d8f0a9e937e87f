import { Input, Label } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { PRODUCER_STATUS_LABELS } from "../../lib/labels"
import type { ProducerListFilters, ProducerStatus } from "../../lib/types"
import { FilterSelect } from "../curation/filter-select"

type Props = { filters: ProducerListFilters; onChange: (filters: ProducerListFilters) => void }

/** How long typing pauses before the list is asked again: one request per word, not per letter. */
const TYPING_PAUSE_MS = 300

/** Search by name or handle and filter by status; any change goes back to the first page. */
export const ProducerFilters = ({ filters, onChange }: Props) => {
  const [typed, setTyped] = useState(filters.q ?? "")
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
          Cari produsen
        </Label>
        <Input
          id="produsen-cari"
          type="search"
          size="small"
          placeholder="Nama usaha, pemilik atau handle"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      <FilterSelect
        id="produsen-status"
        label="Status"
        allLabel="Semua status"
        value={filters.status}
        options={Object.entries(PRODUCER_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
        onChange={(value) => update({ status: value as ProducerStatus | undefined })}
      />
    </div>
  )
}
