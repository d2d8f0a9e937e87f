import type { Translate } from "../i18n/namespace"
import type { CurationActionPath, CurationState, HalalKind, ProducerStatus } from "./types"

/**
 * The names of the states, actions and kinds the API sends as codes, in the admin's language.
 * Each takes the component's `t`; a code the admin does not know is shown as it came.
 */

/** Colours accepted by @medusajs/ui Badge and StatusBadge. */
export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const CURATION_STATES: CurationState[] = ["submitted", "changes_requested", "approved", "rejected", "revoked", "draft"]

export const curationStateLabels = (t: Translate): Record<CurationState, string> => ({
  draft: t("labels.curationState.draft"),
  submitted: t("labels.curationState.submitted"),
  approved: t("labels.curationState.approved"),
  changes_requested: t("labels.curationState.changes_requested"),
  rejected: t("labels.curationState.rejected"),
  revoked: t("labels.curationState.revoked"),
})

export const curationStateLabel = (t: Translate, state: string) => curationStateLabels(t)[state as CurationState] ?? state

/** Colour tells a coordinator at a glance what needs attention (blue = waiting for them). */
export const STATE_COLORS: Record<CurationState, BadgeColor> = {
  draft: "grey",
  submitted: "blue",
  approved: "green",
  changes_requested: "orange",
  rejected: "red",
  revoked: "red",
}

export const actionButtonLabels = (t: Translate): Record<CurationActionPath, string> => ({
  approve: t("labels.curationAction.approve"),
  "request-changes": t("labels.curationAction.requestChanges"),
  reject: t("labels.curationAction.reject"),
  revoke: t("labels.curationAction.revoke"),
})

/**
 * History rows store the action as the backend names it (request_changes),
 * URLs use a dash; both are mapped so either spelling reads well.
 */
export function historyActionLabel(t: Translate, action: string): string {
  const labels: Record<string, string> = {
    submit: t("labels.historyAction.submit"),
    approve: t("labels.historyAction.approve"),
    request_changes: t("labels.historyAction.requestChanges"),
    "request-changes": t("labels.historyAction.requestChanges"),
    reject: t("labels.historyAction.reject"),
    revoke: t("labels.historyAction.revoke"),
    create: t("labels.historyAction.create"),
  }
  return labels[action] ?? action
}

export function actorLabel(t: Translate, actorType: string): string {
  const labels: Record<string, string> = {
    user: t("labels.actor.user"),
    producer: t("labels.actor.producer"),
    system: t("labels.actor.system"),
  }
  return labels[actorType] ?? actorType
}

export const PRODUCER_STATUSES: ProducerStatus[] = ["pending", "active", "suspended"]

export const producerStatusLabels = (t: Translate): Record<ProducerStatus, string> => ({
  pending: t("labels.producerStatus.pending"),
  active: t("labels.producerStatus.active"),
  suspended: t("labels.producerStatus.suspended"),
})

export const producerStatusLabel = (t: Translate, status: string) => producerStatusLabels(t)[status as ProducerStatus] ?? status

export const PRODUCER_STATUS_COLORS: Record<ProducerStatus, BadgeColor> = {
  pending: "orange",
  active: "green",
  suspended: "red",
}

export const HALAL_KINDS: HalalKind[] = ["certificate", "self_declare"]

export const halalKindLabels = (t: Translate): Record<HalalKind, string> => ({
  certificate: t("labels.halalKind.certificate"),
  self_declare: t("labels.halalKind.selfDeclare"),
})

export function productTypeLabel(t: Translate, productType: string): string {
  const labels: Record<string, string> = {
    fresh_produce: t("labels.productType.freshProduce"),
    processed_food: t("labels.productType.processedFood"),
    ready_to_eat: t("labels.productType.readyToEat"),
    non_food: t("labels.productType.nonFood"),
  }
  return labels[productType] ?? productType
}

export function licenceKindLabel(t: Translate, licence: string): string {
  const labels: Record<string, string> = {
    pirt: t("labels.licenceKind.pirt"),
    bpom: t("labels.licenceKind.bpom"),
    none: t("labels.licenceKind.none"),
  }
  return labels[licence] ?? licence
}

/** Medusa's own product status, which is separate from the OK OCE curation state. */
export function medusaProductStatusLabel(t: Translate, status: string): string {
  const labels: Record<string, string> = {
    draft: t("labels.medusaProductStatus.draft"),
    proposed: t("labels.medusaProductStatus.proposed"),
    published: t("labels.medusaProductStatus.published"),
    rejected: t("labels.medusaProductStatus.rejected"),
  }
  return labels[status] ?? status
}

export const paymentMethodLabels = (t: Translate) => ({
  bank_transfer: t("labels.paymentMethod.bankTransfer"),
  cash_on_delivery: t("labels.paymentMethod.cashOnDelivery"),
})
