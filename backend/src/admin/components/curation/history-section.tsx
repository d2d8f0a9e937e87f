import { Table, Text } from "@medusajs/ui"
import { formatDateTime } from "../../lib/format"
import { ACTOR_LABELS, STATE_LABELS, historyActionLabel } from "../../lib/labels"
import type { CurationEvent } from "../../lib/types"
import { Section } from "./section"

/** Sorted here as well, so the newest decision is on top whatever order the API uses. */
const newestFirst = (events: CurationEvent[]) => [...events].sort((a, b) => b.created_at.localeCompare(a.created_at))

/** "Koordinator · Sri Wahyuni": the id only when the account is gone. */
const actorLabel = (event: CurationEvent) =>
  [ACTOR_LABELS[event.actor_type] ?? event.actor_type, event.actor_name ?? event.actor_id].filter(Boolean).join(" · ")

export const HistorySection = ({ history }: { history: CurationEvent[] }) => (
  <Section title="Riwayat">
    {history.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        Belum ada riwayat.
      </Text>
    ) : (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Tanggal</Table.HeaderCell>
            <Table.HeaderCell>Aksi</Table.HeaderCell>
            <Table.HeaderCell>Dari → ke</Table.HeaderCell>
            <Table.HeaderCell>Oleh</Table.HeaderCell>
            <Table.HeaderCell>Alasan</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {newestFirst(history).map((event) => (
            <Table.Row key={event.id}>
              <Table.Cell>{formatDateTime(event.created_at)}</Table.Cell>
              <Table.Cell>{historyActionLabel(event.action)}</Table.Cell>
              <Table.Cell>
                {STATE_LABELS[event.from_state] ?? event.from_state} → {STATE_LABELS[event.to_state] ?? event.to_state}
              </Table.Cell>
              <Table.Cell>{actorLabel(event)}</Table.Cell>
              <Table.Cell className="whitespace-pre-wrap">{event.reason || "-"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )}
  </Section>
)
