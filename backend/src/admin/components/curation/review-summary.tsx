import { Alert, Badge, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { CurationReview } from "../../lib/types"
import { ProductThumbnail } from "./product-thumbnail"
import { Section } from "./section"
import { StateBadge } from "./state-badge"

/** Medusa's own product status, which is separate from the OK OCE curation state. */
const PRODUCT_STATUS_LABELS: Record<string, string> = {
  draft: "Draf",
  proposed: "Diusulkan",
  published: "Terbit",
  rejected: "Ditolak",
}

type Props = { review: CurationReview }

export const ReviewSummary = ({ review: { product, curation } }: Props) => (
  <Section title="Produk" actions={<StateBadge state={curation.state} />}>
    <div className="flex gap-x-4 px-6 py-4">
      <ProductThumbnail src={product.thumbnail} size={96} />
      <div className="flex min-w-0 flex-col gap-y-1">
        <Heading level="h2">{product.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          /{product.handle}
        </Text>
        <div className="flex items-center gap-x-2">
          <Badge size="2xsmall">Status Medusa: {PRODUCT_STATUS_LABELS[product.status] ?? product.status}</Badge>
          <Link to={`/products/${product.id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
            Buka halaman produk
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
        <Alert variant="warning">Peringatan izin: {curation.licence_warning}</Alert>
      </div>
    ) : null}
  </Section>
)
