import { Table, Text } from "@medusajs/ui"
import { formatRupiah } from "../../lib/format"
import type { CurationReview } from "../../lib/types"
import { ProductThumbnail } from "./product-thumbnail"
import { Section } from "./section"

type Props = { review: Pick<CurationReview, "images" | "variants"> }

/** "12 (10 belum dipesan)", or that the shelf is not counted for a variant Medusa keeps no stock of. */
const stockText = (variant: CurationReview["variants"][number]) =>
  variant.manage_inventory ? `${variant.stocked} (${variant.available} belum dipesan)` : "Tidak dihitung (selalu tersedia)"

/** What buyers would see and buy: every picture, and each variant with its price and what is on the shelf. */
export const VariantsSection = ({ review: { images, variants } }: Props) => (
  <Section title="Foto, varian, harga dan stok">
    <div className="flex flex-wrap gap-2 px-6 py-4">
      {images.length ? (
        images.map((image) => (
          <a key={image.id} href={image.url} target="_blank" rel="noreferrer" aria-label="Buka foto ukuran penuh">
            <ProductThumbnail src={image.url} size={96} />
          </a>
        ))
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          Belum ada foto.
        </Text>
      )}
    </div>
    {variants.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Varian</Table.HeaderCell>
            <Table.HeaderCell>Harga</Table.HeaderCell>
            <Table.HeaderCell>Stok</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {variants.map((variant) => (
            <Table.Row key={variant.id}>
              <Table.Cell>
                {variant.title}
                {variant.sku ? <Text size="xsmall" className="text-ui-fg-subtle">{`SKU ${variant.sku}`}</Text> : null}
              </Table.Cell>
              <Table.Cell>{variant.price === null ? "Belum ada harga rupiah" : formatRupiah(variant.price)}</Table.Cell>
              <Table.Cell>{stockText(variant)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        Belum ada varian.
      </Text>
    )}
  </Section>
)
