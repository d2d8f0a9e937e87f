import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { ErrorAlert } from "../../components/curation/error-alert"
import { ListPagination } from "../../components/list-pagination"
import { ProducerFilters } from "../../components/producers/producer-filters"
import { ProducerTable } from "../../components/producers/producer-table"
import { NS } from "../../i18n/namespace"
import { useProducerList } from "../../lib/producer-api"
import { PRODUCER_PAGE_SIZE, readProducerFilters, writeProducerFilters } from "../../lib/producer-params"
import type { ProducerListFilters } from "../../lib/types"

/** OK OCE producers: activate or suspend them and keep their licences up to date. */
const ProducersPage = () => {
  const { t } = useTranslation(NS)
  const [searchParams, setSearchParams] = useSearchParams()
  const filters = readProducerFilters(searchParams)
  const { data, error, isLoading } = useProducerList(filters)
  const setFilters = (next: ProducerListFilters) => setSearchParams(writeProducerFilters(next))

  const filtered = Boolean(filters.q || filters.status || filters.kecamatan_id || filters.licence)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("producers.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("producers.description")}
        </Text>
      </div>
      <ProducerFilters filters={filters} onChange={setFilters} />
      {error ? (
        <div className="px-6 py-4">
          <ErrorAlert error={error} />
        </div>
      ) : null}
      {isLoading ? (
        <Text className="text-ui-fg-subtle px-6 py-4">{t("producers.loading")}</Text>
      ) : data && data.producers.length === 0 ? (
        <Text className="text-ui-fg-subtle px-6 py-4">{filtered ? t("producers.emptyFiltered") : t("producers.empty")}</Text>
      ) : data ? (
        <>
          <ProducerTable producers={data.producers} showExpiry={filters.licence === "expiring"} />
          <ListPagination
            count={data.count}
            pageSize={PRODUCER_PAGE_SIZE}
            offset={filters.offset}
            noun={t("pagination.producers")}
            onOffsetChange={(offset) => setFilters({ ...filters, offset })}
          />
        </>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "nav.producers",
  translationNs: "pasarDesa",
  icon: BuildingStorefront,
})

export default ProducersPage
