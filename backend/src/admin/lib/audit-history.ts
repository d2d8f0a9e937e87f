import { useQuery } from "@tanstack/react-query"
import { formatDay, formatRupiah } from "./format"
import { PRODUCER_STATUS_LABELS } from "./labels"
import { sdk } from "./sdk"
import type { ProducerStatus } from "./types"

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

export const KIND_LABELS: Record<HistoryLine["kind"], string> = { status: "Status", licence: "Izin", territory: "Peran dan wilayah", payout: "Pembayaran" }

const LICENCE_NAMES: Record<string, string> = { pirt: "P-IRT", bpom: "BPOM", halal: "Halal" }

function licenceText(licences: unknown): string {
  const [name, licence] = Object.entries(licences as Record<string, Licence>)[0] ?? ["", null]
  if (!licence) return `${LICENCE_NAMES[name] ?? name}: tidak ada`
  return `${LICENCE_NAMES[name] ?? name} ${licence.number}${licence.expires_on ? ` s.d. ${formatDay(licence.expires_on)}` : ""}`
}

const territoryText = (territory: Territory) =>
  territory.role === "head" ? "Kabupaten (semua kecamatan)" : `Kecamatan: ${territory.kecamatan.join(", ") || "belum ada"}`

/** What changed, as a coordinator reads it: "Aktif → Ditangguhkan", "P-IRT … s.d. … → …", "Rp 50.000 (…)". */
export function changeText(line: HistoryLine): string {
  if (line.kind === "payout") {
    const { amount, note } = line.change as { amount: number; note: string | null }
    return `${formatRupiah(amount)}${note ? ` (${note})` : ""}`
  }
  const { from, to } = line.change as { from: unknown; to: unknown }
  if (line.kind === "status") return `${PRODUCER_STATUS_LABELS[from as ProducerStatus] ?? from} → ${PRODUCER_STATUS_LABELS[to as ProducerStatus] ?? to}`
  if (line.kind === "licence") return `${licenceText(from)} → ${licenceText(to)}`
  return `${territoryText(from as Territory)} → ${territoryText(to as Territory)}`
}

/** "Sri Wahyuni", the id of an account since deleted, or "Sistem" for the seed and jobs. */
export const actorText = (line: HistoryLine) => (line.actor.type === "system" ? "Sistem" : (line.actor.name ?? line.actor.id ?? "-"))
