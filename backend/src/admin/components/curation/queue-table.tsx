import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { NS } from "../../i18n/namespace"
import { formatDateTime } from "../../lib/format"
import type { CurationQueueItem } from "../../lib/types"
import { LicenceWarningMarker } from "./licence-warning-marker"
import { ProductThumbnail } from "./product-thumbnail"
import { StateBadge } from "./state-badge"

const placeLabel = (item: CurationQueueItem) => [item.desa?.name, item.kecamatan?.name].filter(Boolean).join(", ") || "-"

/** The queue rows; the whole row opens the review, the title is also a real link (new tab, keyboard). */
export const QueueTable = ({ products }: { products: CurationQueueItem[] }) => {
  const { t } = useTranslation(NS)
  const navigate = useNavigate()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell className="w-[56px]" />
          <Table.HeaderCell>{t("common.product")}</Table.HeaderCell>
          <Table.HeaderCell>{t("common.producer")}</Table.HeaderCell>
          <Table.HeaderCell>{t("curation.queue.placeColumn")}</Table.HeaderCell>
          <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
          <Table.HeaderCell>{t("common.licences")}</Table.HeaderCell>
          <Table.HeaderCell>{t("curation.queue.updatedColumn")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {products.map((item) => (
          <Table.Row key={item.id} className="cursor-pointer" onClick={() => navigate(`/kurasi/${item.id}`)}>
            <Table.Cell>
              <ProductThumbnail src={item.thumbnail} />
            </Table.Cell>
            <Table.Cell>
              <Link to={`/kurasi/${item.id}`} className="txt-compact-small-plus hover:underline" onClick={(event) => event.stopPropagation()}>
                {item.title}
              </Link>
            </Table.Cell>
            <Table.Cell>
              {item.producer ? (
                item.producer.business_name
              ) : (
                <Text size="small" className="text-ui-fg-muted">
                  {t("common.notLinkedShort")}
                </Text>
              )}
            </Table.Cell>
            <Table.Cell>{placeLabel(item)}</Table.Cell>
            <Table.Cell>
              <StateBadge state={item.state} />
            </Table.Cell>
            <Table.Cell>
              <LicenceWarningMarker warning={item.licence_warning} />
            </Table.Cell>
            <Table.Cell>{formatDateTime(item.updated_at)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
