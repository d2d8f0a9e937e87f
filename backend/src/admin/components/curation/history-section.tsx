import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NS, type Translate } from "../../i18n/namespace"
import { formatDateTime } from "../../lib/format"
import { actorLabel, curationStateLabel, historyActionLabel } from "../../lib/labels"
import type { CurationEvent } from "../../lib/types"
import { Section } from "./section"

/** Sorted here as well, so the newest decision is on top whatever order the API uses. */
const newestFirst = (events: CurationEvent[]) => [...events].sort((a, b) => b.created_at.localeCompare(a.created_at))

/** "Koordinator · Sri Wahyuni": the id only when the account is gone. */
const actorText = (t: Translate, event: CurationEvent) => [actorLabel(t, event.actor_type), event.actor_name ?? event.actor_id].filter(Boolean).join(" · ")

export const HistorySection = ({ history }: { history: CurationEvent[] }) => {
  const { t } = useTranslation(NS)
  return (
    <Section title={t("common.history")}>
      {history.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("curation.history.empty")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("common.date")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.action")}</Table.HeaderCell>
              <Table.HeaderCell>{t("curation.history.fromTo")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.by")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.reason")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {newestFirst(history).map((event) => (
              <Table.Row key={event.id}>
                <Table.Cell>{formatDateTime(event.created_at)}</Table.Cell>
                <Table.Cell>{historyActionLabel(t, event.action)}</Table.Cell>
                <Table.Cell>
                  {curationStateLabel(t, event.from_state)} → {curationStateLabel(t, event.to_state)}
                </Table.Cell>
                <Table.Cell>{actorText(t, event)}</Table.Cell>
                <Table.Cell className="whitespace-pre-wrap">{event.reason || "-"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Section>
  )
}
