import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { ErrorAlert } from "../../components/curation/error-alert"
import { ListPagination } from "../../components/list-pagination"
import { QueueFilters } from "../../components/curation/queue-filters"
import { QueueTable } from "../../components/curation/queue-table"
import { NS } from "../../i18n/namespace"
import { useCurationQueue } from "../../lib/curation-api"
import { QUEUE_PAGE_SIZE, readQueueFilters, writeQueueFilters } from "../../lib/queue-params"
import type { CurationQueueFilters } from "../../lib/types"

/** The OK OCE curation queue: products waiting for (or past) a coordinator's decision. */
const CurationQueuePage = () => {
  const { t } = useTranslation(NS)
  const [searchParams, setSearchParams] = useSearchParams()
  const filters = readQueueFilters(searchParams)
  const { data, error, isLoading } = useCurationQueue(filters)
  const setFilters = (next: CurationQueueFilters) => setSearchParams(writeQueueFilters(next))

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("curation.queue.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("curation.queue.description")}
        </Text>
      </div>
      <QueueFilters filters={filters} onChange={setFilters} />
      {error ? (
        <div className="px-6 py-4">
          <ErrorAlert error={error} />
        </div>
      ) : null}
      {isLoading ? (
        <Text className="text-ui-fg-subtle px-6 py-4">{t("curation.queue.loading")}</Text>
      ) : data && data.products.length === 0 ? (
        <Text className="text-ui-fg-subtle px-6 py-4">{t("curation.queue.empty")}</Text>
      ) : data ? (
        <>
          <QueueTable products={data.products} />
          <ListPagination
            count={data.count}
            pageSize={QUEUE_PAGE_SIZE}
            offset={filters.offset}
            noun={t("pagination.products")}
            onOffsetChange={(offset) => setFilters({ ...filters, offset })}
          />
        </>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "nav.curation",
  translationNs: "pasarDesa",
  icon: ShieldCheck,
})

export default CurationQueuePage
