import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NS, type Translate } from "../../i18n/namespace"
import { formatRupiah } from "../../lib/format"
import type { CurationReview } from "../../lib/types"
import { ProductThumbnail } from "./product-thumbnail"
import { Section } from "./section"

type Props = { review: Pick<CurationReview, "images" | "variants"> }

/** "12 (10 belum dipesan)", or that the shelf is not counted for a variant Medusa keeps no stock of. */
const stockText = (t: Translate, variant: CurationReview["variants"][number]) =>
  variant.manage_inventory ? t("curation.variants.stocked", { stocked: variant.stocked, available: variant.available }) : t("curation.variants.notCounted")

/** What buyers would see and buy: every picture, and each variant with its price and what is on the shelf. */
export const VariantsSection = ({ review: { images, variants } }: Props) => {
  const { t } = useTranslation(NS)
  return (
    <Section title={t("curation.variants.title")}>
      <div className="flex flex-wrap gap-2 px-6 py-4">
        {images.length ? (
          images.map((image) => (
            <a key={image.id} href={image.url} target="_blank" rel="noreferrer" aria-label={t("curation.variants.openPhoto")}>
              <ProductThumbnail src={image.url} size={96} />
            </a>
          ))
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("curation.variants.noPhotos")}
          </Text>
        )}
      </div>
      {variants.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("curation.variants.variant")}</Table.HeaderCell>
              <Table.HeaderCell>{t("curation.variants.price")}</Table.HeaderCell>
              <Table.HeaderCell>{t("curation.variants.stock")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {variants.map((variant) => (
              <Table.Row key={variant.id}>
                <Table.Cell>
                  {variant.title}
                  {variant.sku ? <Text size="xsmall" className="text-ui-fg-subtle">{`SKU ${variant.sku}`}</Text> : null}
                </Table.Cell>
                <Table.Cell>{variant.price === null ? t("curation.variants.noPrice") : formatRupiah(variant.price)}</Table.Cell>
                <Table.Cell>{stockText(t, variant)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("curation.variants.noVariants")}
        </Text>
      )}
    </Section>
  )
}
