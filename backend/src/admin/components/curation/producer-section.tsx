import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import type { CurationReview } from "../../lib/types"
import { ProducerStatusBadge } from "../producers/producer-status-badge"
import { LicenceList } from "./licence-list"
import { Field, Section } from "./section"
import { whatsappLink } from "../../lib/whatsapp-link"
type Props = { review: CurationReview }

export const ProducerSection = ({ review: { producer, village } }: Props) => {
  const { t } = useTranslation(NS)
  return (
    <Section title={t("curation.producerSection.title")} actions={producer ? <ProducerStatusBadge status={producer.status} /> : undefined}>
      {producer ? (
        <>
          <Field label={t("common.business")}>{producer.business_name}</Field>
          <Field label={t("common.owner")}>{producer.owner_name}</Field>
          <Field label="WhatsApp">
            {producer.whatsapp ? (
              <a href={whatsappLink(producer.whatsapp)} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:underline">
                {producer.whatsapp}
              </a>
            ) : (
              "-"
            )}
          </Field>
        </>
      ) : (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {t("common.notLinked")}
        </Text>
      )}
      <Field label={t("common.desa")}>{village?.desa.name ?? "-"}</Field>
      <Field label={t("common.kecamatan")}>{village?.kecamatan.name ?? "-"}</Field>
      {producer ? (
        <Field label={t("common.licences")}>
          <LicenceList licences={producer} />
        </Field>
      ) : null}
    </Section>
  )
}
