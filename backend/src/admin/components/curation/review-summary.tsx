import { Alert, Badge, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { NS } from "../../i18n/namespace"
import { medusaProductStatusLabel } from "../../lib/labels"
import type { CurationReview } from "../../lib/types"
import { ProductThumbnail } from "./product-thumbnail"
import { Section } from "./section"
import { StateBadge } from "./state-badge"

type Props = { review: CurationReview }

export const ReviewSummary = ({ review: { product, curation } }: Props) => {
  const { t } = useTranslation(NS)
  return (
    <Section title={t("curation.review.productSection")} actions={<StateBadge state={curation.state} />}>
      <div className="flex gap-x-4 px-6 py-4">
        <ProductThumbnail src={product.thumbnail} size={96} />
        <div className="flex min-w-0 flex-col gap-y-1">
          <Heading level="h2">{product.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            /{product.handle}
          </Text>
          <div className="flex items-center gap-x-2">
            <Badge size="2xsmall">{t("curation.review.medusaStatus", { status: medusaProductStatusLabel(t, product.status) })}</Badge>
            <Link to={`/products/${product.id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
              {t("curation.review.openProduct")}
            </Link>
          </div>
        </div>
      </div>
      {product.description ? (
        <Text size="small" className="text-ui-fg-subtle whitespace-pre-wrap px-6 py-4">
          {product.description}
        </Text>
      ) : null}
      {curation.licence_warning ? (
        <div className="px-6 py-4">
          <Alert variant="warning">{t("curation.review.licenceWarning", { warning: curation.licence_warning })}</Alert>
        </div>
      ) : null}
    </Section>
  )
}
