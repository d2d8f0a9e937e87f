import { Text } from "@medusajs/ui"
import type { CurationReview } from "../../lib/types"
import { ProducerStatusBadge } from "../producers/producer-status-badge"
import { LicenceList } from "./licence-list"
import { Field, Section } from "./section"
import { whatsappLink } from "../../lib/whatsapp-link"
type Props = { review: CurationReview }

export const ProducerSection = ({ review: { producer, village } }: Props) => (
  <Section title="Produsen dan desa" actions={producer ? <ProducerStatusBadge status={producer.status} /> : undefined}>
    {producer ? (
      <>
        <Field label="Usaha">{producer.business_name}</Field>
        <Field label="Pemilik">{producer.owner_name}</Field>
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
        Belum terhubung ke produsen
      </Text>
    )}
    <Field label="Desa">{village?.desa.name ?? "-"}</Field>
    <Field label="Kecamatan">{village?.kecamatan.name ?? "-"}</Field>
    {producer ? (
      <Field label="Izin">
        <LicenceList licences={producer} />
      </Field>
    ) : null}
  </Section>
)
