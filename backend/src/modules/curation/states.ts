import { MedusaError } from "@medusajs/framework/utils"

export const CURATION_STATES = ["draft", "submitted", "approved", "changes_requested", "rejected", "revoked"] as const
export type CurationState = (typeof CURATION_STATES)[number]

/**
 * `reopen` is not a coordinator's action: it is what a producer's edit of a
 * regulated field (title, description, category, food compliance) does to an
 * approved product, which goes back to the coordinators' queue.
 */
export const CURATION_ACTIONS = ["submit", "approve", "request_changes", "reject", "revoke", "reopen"] as const
export type CurationAction = (typeof CURATION_ACTIONS)[number]

/** Which action leads from which state to which. Anything else is refused. */
const TRANSITIONS: Record<CurationAction, Partial<Record<CurationState, CurationState>>> = {
  submit: { draft: "submitted", changes_requested: "submitted", revoked: "submitted" },
  approve: { submitted: "approved" },
  request_changes: { submitted: "changes_requested" },
  reject: { submitted: "rejected" },
  revoke: { approved: "revoked" },
  reopen: { approved: "submitted" },
}

const STATE_LABELS: Record<CurationState, string> = {
  draft: "draf",
  submitted: "diajukan",
  approved: "disetujui",
  changes_requested: "perlu perbaikan",
  rejected: "ditolak",
  revoked: "dicabut",
}

/** Every action but approving (and submitting) must say why: the producer reads it. */
export function reasonRequired(action: CurationAction) {
  return action !== "approve" && action !== "submit"
}

/**
 * The state an action leads to, or a 400 naming the current state.
 *
 * @example
 * nextCurationState("submitted", "approve") // "approved"
 */
export function nextCurationState(current: CurationState, action: CurationAction): CurationState {
  const next = TRANSITIONS[action][current]
  if (!next) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Tidak bisa '${action}' produk berstatus '${STATE_LABELS[current]}' (${current}) / cannot ${action.replace("_", " ")} a product whose curation state is ${current}`
    )
  }
  return next
}
