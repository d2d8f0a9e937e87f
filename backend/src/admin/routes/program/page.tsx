import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ErrorAlert } from "../../components/curation/error-alert"
import { FilterSelect } from "../../components/curation/filter-select"
import { MonthBars } from "../../components/reports/month-bars"
import { NS } from "../../i18n/namespace"
import { useTerritoryKecamatan } from "../../lib/coordinator-api"
import { formatRupiah } from "../../lib/format"
import { PROGRAMME_MONTHS, programmeQuery, useProgramme, type ProgrammeFigures } from "../../lib/report-api"
import { usePageParams } from "../../lib/use-page-params"

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

/** One row of figures; a kecamatan's own row is bold, its desa indented under it. */
const FigureRow = ({ name, figures, total = false }: { name: string; figures: ProgrammeFigures; total?: boolean }) => (
  <Table.Row className={total ? "[&_td]:font-medium" : undefined}>
    <Table.Cell className={total ? undefined : "pl-10"}>{name}</Table.Cell>
    <Table.Cell className="text-right">{figures.active_producers}</Table.Cell>
    <Table.Cell className="text-right">{figures.approved_products}</Table.Cell>
    <Table.Cell className="text-right">{figures.orders}</Table.Cell>
    <Table.Cell className="text-right">{formatRupiah(figures.sales)}</Table.Cell>
    <Table.Cell className="text-right">{sum(figures.new_producers)}</Table.Cell>
  </Table.Row>
)

/**
 * The programme in figures for coordinators: per kecamatan and desa the
 * producers active, products approved, and over the chosen months the paid
 * orders, the rupiah sold and the producers who joined. A kecamatan
 * coordinator sees their kecamatan only; the CSV holds the same table.
 */
const ProgrammePage = () => {
  const { t } = useTranslation(NS)
  const [searchParams, go] = usePageParams()
  const kecamatanId = searchParams.get("kecamatan") ?? ""
  const asked = Number(searchParams.get("bulan"))
  const months = (PROGRAMME_MONTHS as readonly number[]).includes(asked) ? asked : 12
  const { data, error, isLoading } = useProgramme(kecamatanId, months)
  const choices = useTerritoryKecamatan()
  const exportUrl = `/admin/reports/programme/export?${new URLSearchParams(programmeQuery(kecamatanId, months))}`
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t("programme.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("programme.description", { months })}
          </Text>
        </div>
        <a href={exportUrl} className="txt-compact-small-plus text-ui-fg-interactive">
          {t("programme.downloadCsv")}
        </a>
      </div>
      <div className="flex flex-wrap gap-4 px-6 py-4">
        <FilterSelect
          id="program-kecamatan"
          label={t("common.kecamatan")}
          allLabel={t("common.allKecamatanInTerritory")}
          value={kecamatanId || undefined}
          options={choices.map((place) => ({ value: place.id, label: place.name }))}
          onChange={(value) => go({ kecamatan: value ?? "" })}
        />
        <FilterSelect
          id="program-bulan"
          label={t("programme.range")}
          allLabel={t("programme.months", { months: 12 })}
          value={months === 12 ? undefined : String(months)}
          options={PROGRAMME_MONTHS.filter((count) => count !== 12).map((count) => ({ value: String(count), label: t("programme.months", { months: count }) }))}
          onChange={(value) => go({ bulan: value ?? "" })}
        />
      </div>
      {error ? (
        <div className="px-6 py-4">
          <ErrorAlert error={error} />
        </div>
      ) : null}
      {isLoading ? (
        <Text className="text-ui-fg-subtle px-6 py-4">{t("programme.loading")}</Text>
      ) : data ? (
        <>
          <div className="px-6 py-4">
            <Heading level="h2">{t("programme.newProducersPerMonth")}</Heading>
            <MonthBars title={t("programme.newProducersPerMonth")} months={data.months} values={data.totals.new_producers} />
          </div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("programme.place")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("programme.activeProducers")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("programme.approvedProducts")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("programme.orders")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("programme.sales")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("programme.newProducers")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.kecamatan.flatMap((place) => [
                <FigureRow key={place.id} name={place.name} figures={place} total />,
                ...place.desa.map((desa) => <FigureRow key={desa.id} name={desa.name} figures={desa} />),
              ])}
              <FigureRow name={t("programme.total")} figures={data.totals} total />
            </Table.Body>
          </Table>
        </>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "nav.programme",
  translationNs: "pasarDesa",
  icon: MapPin,
})

export default ProgrammePage
