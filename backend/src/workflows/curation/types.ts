import type { CurationAction, CurationState } from "../../modules/curation/states"

export type CurationActor = { type: "user" | "producer" | "system"; id: string | null }

export type CurationContext = {
  product_id: string
  title: string
  curation_id: string | null
  state: CurationState
  kecamatan_id: string | null
  /** At least one of its images is a photo a producer uploaded (lib/files/photo-record.ts). */
  hasPhoto: boolean
  /** A coordinator approved it at least once before (its history says so). */
  approvedBefore: boolean
  checklistInput: Omit<import("../../modules/curation/checklist").ChecklistInput, "today">
}

export type CurationDecision = {
  product_id: string
  curation_id: string | null
  action: CurationAction
  from: CurationState
  to: CurationState
  reason: string | null
}

/** A decision as written: event_id is its entry in the curation history, which names the decision in its notice's key. */
export type RecordedCurationDecision = CurationDecision & { event_id: string }
