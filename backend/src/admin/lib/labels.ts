import type { CurationActionPath, CurationState, HalalKind, ProducerStatus } from "./types"

/** Colours accepted by @medusajs/ui Badge and StatusBadge. */
export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const CURATION_STATES: CurationState[] = ["submitted", "changes_requested", "approved", "rejected", "revoked", "draft"]

export const STATE_LABELS: Record<CurationState, string> = {
  draft: "Draf",
  submitted: "Diajukan",
  approved: "Disetujui",
  changes_requested: "Perlu perbaikan",
  rejected: "Ditolak",
  revoked: "Dicabut",
}

/** Colour tells a coordinator at a glance what needs attention (blue = waiting for them). */
export const STATE_COLORS: Record<CurationState, BadgeColor> = {
  draft: "grey",
  submitted: "blue",
  approved: "green",
  changes_requested: "orange",
  rejected: "red",
  revoked: "red",
}

export const ACTION_BUTTON_LABELS: Record<CurationActionPath, string> = {
  approve: "Setujui",
  "request-changes": "Minta perbaikan",
  reject: "Tolak",
  revoke: "Cabut",
}

/**
 * History rows store the action as the backend names it (request_changes),
 * URLs use a dash; both are mapped so either spelling reads well.
 */
const HISTORY_ACTION_LABELS: Record<string, string> = {
  submit: "Diajukan",
  approve: "Disetujui",
  request_changes: "Minta perbaikan",
  "request-changes": "Minta perbaikan",
  reject: "Ditolak",
  revoke: "Dicabut",
  create: "Dibuat",
}

export const historyActionLabel = (action: string) => HISTORY_ACTION_LABELS[action] ?? action

export const ACTOR_LABELS: Record<string, string> = {
  user: "Koordinator",
  producer: "Produsen",
  system: "Sistem",
}

export const PRODUCER_STATUS_LABELS: Record<ProducerStatus, string> = {
  pending: "Menunggu",
  active: "Aktif",
  suspended: "Ditangguhkan",
}

export const PRODUCER_STATUS_COLORS: Record<ProducerStatus, BadgeColor> = {
  pending: "orange",
  active: "green",
  suspended: "red",
}

export const HALAL_KIND_LABELS: Record<HalalKind, string> = {
  certificate: "Sertifikat halal",
  self_declare: "Pernyataan mandiri (self declare)",
}

export const PRODUCT_TYPE_LABELS: Record<string, string> = {
  fresh_produce: "Hasil bumi segar",
  processed_food: "Pangan olahan",
  ready_to_eat: "Siap saji",
  non_food: "Bukan pangan",
}

export const LICENCE_KIND_LABELS: Record<string, string> = {
  pirt: "P-IRT",
  bpom: "BPOM MD/ML",
  none: "Tidak ada",
}
