import { Button, Drawer, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { actorText, changeText, KIND_LABELS, useHistory } from "../lib/audit-history"
import { formatDateTime } from "../lib/format"
import { ErrorAlert } from "./curation/error-alert"

/** The history of one producer or coordinator: every change, newest first, who made it and why. */
export const HistoryDrawer = ({ title, path }: { title: string; path: string }) => {
  const [open, setOpen] = useState(false)
  const { data, error, isLoading } = useHistory(path, open)

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="transparent">
          Riwayat
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className="max-w-3xl">
        <Drawer.Header>
          <Drawer.Title>Riwayat {title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto p-0">
          <ErrorAlert error={error} />
          {isLoading ? <Text className="text-ui-fg-subtle px-6 py-4">Memuat riwayat…</Text> : null}
          {data && data.history.length === 0 ? <Text className="text-ui-fg-subtle px-6 py-4">Belum ada perubahan.</Text> : null}
          {data && data.history.length ? (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Tanggal</Table.HeaderCell>
                  <Table.HeaderCell>Perubahan</Table.HeaderCell>
                  <Table.HeaderCell>Oleh</Table.HeaderCell>
                  <Table.HeaderCell>Alasan</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.history.map((line) => (
                  <Table.Row key={line.id} className="[&_td]:py-2 [&_td]:align-top">
                    <Table.Cell className="whitespace-nowrap">{formatDateTime(line.created_at)}</Table.Cell>
                    <Table.Cell className="whitespace-normal">
                      <Text size="small" weight="plus">
                        {KIND_LABELS[line.kind]}
                      </Text>
                      <Text size="small">{changeText(line)}</Text>
                    </Table.Cell>
                    <Table.Cell>{actorText(line)}</Table.Cell>
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
