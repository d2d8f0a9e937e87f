import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import type { Producer } from "../../lib/types"
import { LicenceList } from "../curation/licence-list"
import { ExpiringLicences } from "./expiring-licences"
import { ProducerActions } from "./producer-actions"
import { ProducerStatusBadge } from "./producer-status-badge"

/**
 * One row per producer: who, where, standing, licences on file and what a coordinator can do;
 * with `showExpiry` (the "licence expiring" filter) also which licence runs out and when.
 */
export const ProducerTable = ({ producers, showExpiry = false }: { producers: Producer[]; showExpiry?: boolean }) => {
  const { t } = useTranslation(NS)
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("common.business")}</Table.HeaderCell>
          <Table.HeaderCell>{t("common.desa")}</Table.HeaderCell>
          <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
          {showExpiry ? <Table.HeaderCell>{t("producers.expiryColumn")}</Table.HeaderCell> : null}
          <Table.HeaderCell>{t("common.licences")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("common.action")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {producers.map((producer) => (
          <Table.Row key={producer.id} className="[&_td]:py-3 [&_td]:align-top">
            <Table.Cell>
              <Text size="small" weight="plus">
                {producer.business_name}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {producer.owner_name}
                {producer.whatsapp ? ` · ${producer.whatsapp}` : ""}
              </Text>
            </Table.Cell>
            <Table.Cell>{producer.desa?.name ?? "-"}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-col items-start gap-y-1">
                <ProducerStatusBadge status={producer.status} />
                {producer.status === "suspended" && producer.status_reason ? (
                  <Text size="xsmall" className="text-ui-fg-subtle max-w-[220px] whitespace-pre-wrap">
                    {producer.status_reason}
                  </Text>
                ) : null}
              </div>
            </Table.Cell>
            {showExpiry ? (
              <Table.Cell>
                <ExpiringLicences licences={producer} />
              </Table.Cell>
            ) : null}
            <Table.Cell>
              <LicenceList licences={producer} />
            </Table.Cell>
            <Table.Cell>
              <ProducerActions producer={producer} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
