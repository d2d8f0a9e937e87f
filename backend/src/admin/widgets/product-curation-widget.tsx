import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ErrorAlert } from "../components/curation/error-alert"
import { StateBadge } from "../components/curation/state-badge"
import { NS } from "../i18n/namespace"
import { useCurationReview } from "../lib/curation-api"
import { errorStatus } from "../lib/format"

type Props = { data: { id: string } }

/**
 * Shows a product's OK OCE standing on Medusa's product page, so a coordinator
 * editing a product sees whether it is curated without switching screens.
 * It shares the review's query key, so a decision made in Kurasi shows here too.
 */
const ProductCurationWidget = ({ data: product }: Props) => {
  const { t } = useTranslation(NS)
  const { data, error, isLoading } = useCurationReview(product.id)
  // 404: the product has no curation record because it has no producer yet.
  const notFound = errorStatus(error) === 404
  const unlinked = notFound || (!!data && !data.producer)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("curation.queue.title")}</Heading>
        {data && !unlinked ? <StateBadge state={data.curation.state} /> : null}
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        {isLoading ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("common.loading")}
          </Text>
        ) : unlinked ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("common.notLinked")}
          </Text>
        ) : error || !data ? (
          <ErrorAlert error={error} />
        ) : (
          <>
            <Text size="small">
              <span className="text-ui-fg-subtle">{t("curation.widget.producer")}</span>
              {data.producer?.business_name}
            </Text>
            <Text size="small">
              <span className="text-ui-fg-subtle">{t("curation.widget.place")}</span>
              {data.village ? `${data.village.desa.name}, ${data.village.kecamatan.name}` : "-"}
            </Text>
            <Text size="small" className={data.checklist.length ? "text-ui-fg-error" : "text-ui-tag-green-text"}>
              {data.checklist.length ? t("curation.checklist.failed", { count: data.checklist.length }) : t("curation.checklist.allPassed")}
            </Text>
          </>
        )}
        {/* Without a curation record the review page would only repeat the 404. */}
        {!notFound ? (
          <Link to={`/kurasi/${product.id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
            {t("curation.widget.openInCuration")}
          </Link>
        ) : null}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductCurationWidget
