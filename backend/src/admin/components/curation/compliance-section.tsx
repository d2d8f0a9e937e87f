import { Text } from "@medusajs/ui"
import { LICENCE_KIND_LABELS, PRODUCT_TYPE_LABELS } from "../../lib/labels"
import type { Compliance } from "../../lib/types"
import { Field, Section } from "./section"

/** Food-labelling data Indonesian rules require and Medusa's product does not hold. */
export const ComplianceSection = ({ compliance }: { compliance: Compliance | null }) => (
  <Section title="Data kepatuhan pangan">
    {compliance ? (
      <>
        <Field label="Jenis produk">{PRODUCT_TYPE_LABELS[compliance.product_type] ?? compliance.product_type}</Field>
        <Field label="Berat / isi bersih">{compliance.net_quantity || "-"}</Field>
        <Field label="Komposisi">{compliance.ingredients || "-"}</Field>
        <Field label="Masa simpan">{compliance.shelf_life_days ? `${compliance.shelf_life_days} hari` : "-"}</Field>
        <Field label="Cara penyimpanan">{compliance.storage || "-"}</Field>
        <Field label="Izin edar">{LICENCE_KIND_LABELS[compliance.licence] ?? compliance.licence}</Field>
        <Field label="Klaim halal">{compliance.halal ? "Ya" : "Tidak"}</Field>
      </>
    ) : (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        Data kepatuhan belum diisi.
      </Text>
    )}
  </Section>
)
