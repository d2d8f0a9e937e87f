import { useQuery } from "@tanstack/react-query"
import type { Translate } from "../i18n/namespace"
import { formatDay, formatRupiah } from "./format"
import { producerStatusLabel } from "./labels"
import { sdk } from "./sdk"

type Licence = { number: string; expires_on?: string | null; kind?: string | null } | null
type Territory = { role: string; kecamatan: string[] }

/** One line of a producer's or coordinator's history (GET /admin/…/:id/history). */
export type HistoryLine = {
  id: string
  kind: "status" | "licence" | "territory" | "payout"
  change: { from: unknown; to: unknown } | { amount: number; note: string | null }
  reason: string | null
  actor: { type: "user" | "system"; id: string | null; name: string | null }
  created_at: string
}

/** The history of a producer or a coordinator, fetched only while it is shown. */
export const useHistory = (path: string, enabled: boolean) =>
  useQuery({
    queryKey: ["ok-oce-history", path],
    queryFn: () => sdk.client.fetch<{ history: HistoryLine[] }>(path, { method: "GET" }),
    enabled,
  })

export const kindLabels = (t: Translate): Record<HistoryLine["kind"], string> => ({
  status: t("auditHistory.kind.status"),
  licence: t("auditHistory.kind.licence"),
  territory: t("auditHistory.kind.territory"),
  payout: t("auditHistory.kind.payout"),
})

/** Licence names are the same in either language. */
const LICENCE_NAMES: Record<string, string> = { pirt: "P-IRT", bpom: "BPOM", halal: "Halal" }

function licenceText(t: Translate, licences: unknown): string {
  const [name, licence] = Object.entries(licences as Record<string, Licence>)[0] ?? ["", null]
  const licenceName = LICENCE_NAMES[name] ?? name
  if (!licence) return t("auditHistory.licenceNone", { licence: licenceName })
  if (!licence.expires_on) return `${licenceName} ${licence.number}`
  return t("auditHistory.licenceUntil", { licence: licenceName, number: licence.number, day: formatDay(licence.expires_on) })
}

const territoryText = (t: Translate, territory: Territory) =>
  territory.role === "head"
    ? t("auditHistory.territoryHead")
    : t("auditHistory.territoryKecamatan", { names: territory.kecamatan.join(", ") || t("auditHistory.territoryNone") })

/** What changed, as a coordinator reads it: "Aktif → Ditangguhkan", "P-IRT … s.d. … → …", "Rp 50.000 (…)". */
export function changeText(t: Translate, line: HistoryLine): string {
  if (line.kind === "payout") {
    const { amount, note } = line.change as { amount: number; note: string | null }
    return `${formatRupiah(amount)}${note ? ` (${note})` : ""}`
  }
  const { from, to } = line.change as { from: unknown; to: unknown }
  if (line.kind === "status") return `${producerStatusLabel(t, String(from))} → ${producerStatusLabel(t, String(to))}`
  if (line.kind === "licence") return `${licenceText(t, from)} → ${licenceText(t, to)}`
  return `${territoryText(t, from as Territory)} → ${territoryText(t, to as Territory)}`
}

/** "Sri Wahyuni", the id of an account since deleted, or "Sistem" for the seed and jobs. */
export const actorText = (t: Translate, line: HistoryLine) =>
  line.actor.type === "system" ? t("labels.actor.system") : (line.actor.name ?? line.actor.id ?? "-")
