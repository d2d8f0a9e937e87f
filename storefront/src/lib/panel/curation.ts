import type { PanelProduct } from "./api.server"

const LABELS: Record<string, string> = {
  draft: "Draf",
  submitted: "Menunggu kurasi",
  approved: "Disetujui, tampil di katalog",
  changes_requested: "Perlu perbaikan",
  rejected: "Ditolak",
  revoked: "Dicabut",
}

export const curationLabel = (state: string | undefined) => LABELS[state ?? "draft"] ?? state ?? "Draf"

/** The coordinator's most recent reason, which is what the producer has to act on. */
export function lastReason(product: PanelProduct): string | null {
  const events = [...(product.product_curation?.events ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at))
  return events.find((event) => event.reason)?.reason ?? null
}

/** States from which the producer may (re)submit the product to a coordinator. */
export const canSubmit = (state: string | undefined) => ["draft", "changes_requested", "revoked"].includes(state ?? "draft")
