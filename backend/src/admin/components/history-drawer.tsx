import { Button, Drawer, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { NS } from "../i18n/namespace"
import { actorText, changeText, kindLabels, useHistory } from "../lib/audit-history"
import { formatDateTime } from "../lib/format"
import { ErrorAlert } from "./curation/error-alert"

/** The history of one producer or coordinator: every change, newest first, who made it and why. */
export const HistoryDrawer = ({ title, path }: { title: string; path: string }) => {
  const { t } = useTranslation(NS)
  const [open, setOpen] = useState(false)
  const { data, error, isLoading } = useHistory(path, open)

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="transparent">
          {t("common.history")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className="max-w-3xl">
        <Drawer.Header>
          <Drawer.Title>{t("common.historyOf", { name: title })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto p-0">
          <ErrorAlert error={error} />
          {isLoading ? <Text className="text-ui-fg-subtle px-6 py-4">{t("common.loadingHistory")}</Text> : null}
          {data && data.history.length === 0 ? <Text className="text-ui-fg-subtle px-6 py-4">{t("common.noHistory")}</Text> : null}
          {data && data.history.length ? (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("common.date")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("common.change")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("common.by")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("common.reason")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.history.map((line) => (
                  <Table.Row key={line.id} className="[&_td]:py-2 [&_td]:align-top">
                    <Table.Cell className="whitespace-nowrap">{formatDateTime(line.created_at)}</Table.Cell>
                    <Table.Cell className="whitespace-normal">
                      <Text size="small" weight="plus">
                        {kindLabels(t)[line.kind]}
                      </Text>
                      <Text size="small">{changeText(t, line)}</Text>
                    </Table.Cell>
                    <Table.Cell>{actorText(t, line)}</Table.Cell>
                    <Table.Cell className="whitespace-pre-wrap">{line.reason || "-"}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : null}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
