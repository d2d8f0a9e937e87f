import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { licenceKindLabel, productTypeLabel } from "../../lib/labels"
import type { Compliance } from "../../lib/types"
import { Field, Section } from "./section"

/** Food-labelling data Indonesian rules require and Medusa's product does not hold. */
export const ComplianceSection = ({ compliance }: { compliance: Compliance | null }) => {
  const { t } = useTranslation(NS)
  return (
    <Section title={t("curation.compliance.title")}>
      {compliance ? (
        <>
          <Field label={t("curation.compliance.productType")}>{productTypeLabel(t, compliance.product_type)}</Field>
          <Field label={t("curation.compliance.netQuantity")}>{compliance.net_quantity || "-"}</Field>
          <Field label={t("curation.compliance.ingredients")}>{compliance.ingredients || "-"}</Field>
          <Field label={t("curation.compliance.shelfLife")}>
            {compliance.shelf_life_days ? t("curation.compliance.shelfLifeDays", { count: compliance.shelf_life_days }) : "-"}
          </Field>
          <Field label={t("curation.compliance.storage")}>{compliance.storage || "-"}</Field>
          <Field label={t("curation.compliance.licence")}>{licenceKindLabel(t, compliance.licence)}</Field>
          <Field label={t("curation.compliance.halal")}>{compliance.halal ? t("common.yes") : t("common.no")}</Field>
        </>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("curation.compliance.missing")}
        </Text>
      )}
    </Section>
  )
}
