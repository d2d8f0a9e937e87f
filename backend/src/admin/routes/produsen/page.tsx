import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { ErrorAlert } from "../../components/curation/error-alert"
import { ProducerTable } from "../../components/producers/producer-table"
import { useProducerList } from "../../lib/producer-api"

const byName = (a: { business_name: string }, b: { business_name: string }) => a.business_name.localeCompare(b.business_name, "id")

/** OK OCE producers: activate or suspend them and keep their licences up to date. */
const ProducersPage = () => {
  const { data, error, isLoading } = useProducerList()
  const producers = [...(data?.producers ?? [])].sort(byName)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Produsen OK OCE</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {data ? `${data.count} produsen` : "Status dan izin usaha produsen desa."}
        </Text>
      </div>
      {error ? (
        <div className="px-6 py-4">
          <ErrorAlert error={error} />
        </div>
      ) : null}
      {isLoading ? (
        <Text className="text-ui-fg-subtle px-6 py-4">Memuat produsen…</Text>
      ) : producers.length === 0 && !error ? (
        <Text className="text-ui-fg-subtle px-6 py-4">Belum ada produsen.</Text>
      ) : (
        <ProducerTable producers={producers} />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Produsen OK OCE",
  icon: BuildingStorefront,
})

export default ProducersPage
