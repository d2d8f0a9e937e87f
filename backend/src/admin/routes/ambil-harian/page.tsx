import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { ErrorAlert } from "../../components/curation/error-alert"
import { NS } from "../../i18n/namespace"
import { formatDay } from "../../lib/format"
import { usePickupList } from "../../lib/pickup-api"
import { pacitanDay } from "../../../lib/time/pacitan-day"

/**
 * Printing: only the list, black on white, on A4 or on a 58 mm receipt roll
 * (the named page follows the width switch). Medusa's sidebar and header are
 * hidden in print by marking everything else invisible.
 */
const PRINT_CSS = `
@page { size: A4; margin: 12mm; }
@page roll { size: 58mm auto; margin: 2mm; }
.daftar-ambil.roll { page: roll; max-width: 58mm; font-size: 9pt; }
@media print {
  body * { visibility: hidden; }
  .daftar-ambil, .daftar-ambil * { visibility: visible; }
  .daftar-ambil { position: absolute; left: 0; top: 0; width: 100%; color: #000; background: #fff; }
  .daftar-ambil .layar { display: none; }
}
`

/**
 * The centre's pickup round of a day: every producer's packed part waiting to
 * be collected (and those handed over that day, ticked), grouped by desa then
 * producer, within the coordinator's kecamatan. Printable for the driver.
 */
const PickupListPage = () => {
  const { t } = useTranslation(NS)
  const [searchParams, setSearchParams] = useSearchParams()
  const date = searchParams.get("tanggal") || pacitanDay()
  const roll = searchParams.get("lebar") === "58"
  const { data, error, isLoading } = usePickupList(date)
  const setParam = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams)
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    setSearchParams(next)
  }
  return (
    <div className="flex flex-col gap-y-3">
      <style>{PRINT_CSS}</style>
      <Container className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t("pickup.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("pickup.description", { day: formatDay(date) })}
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-y-1">
            <label htmlFor="pickup-date" className="txt-compact-small text-ui-fg-subtle">
              {t("common.date")}
            </label>
            <Input id="pickup-date" type="date" size="small" value={date} onChange={(event) => setParam({ tanggal: event.target.value })} />
          </div>
          <Button size="small" variant={roll ? "secondary" : "primary"} onClick={() => setParam({ lebar: null })}>
            A4
          </Button>
          <Button size="small" variant={roll ? "primary" : "secondary"} onClick={() => setParam({ lebar: "58" })}>
            {t("pickup.receipt")}
          </Button>
          <Button size="small" variant="secondary" onClick={() => window.print()}>
            {t("pickup.print")}
          </Button>
        </div>
      </Container>
      {error ? <ErrorAlert error={error} /> : null}
      {isLoading ? <Text className="text-ui-fg-subtle">{t("pickup.loading")}</Text> : null}
      {data ? (
        <Container className={`daftar-ambil ${roll ? "roll" : ""} px-6 py-4`}>
          <Heading level="h2">{t("pickup.listTitle", { day: formatDay(data.date), count: data.parts })}</Heading>
          {data.desa.length === 0 ? <Text className="text-ui-fg-subtle">{t("pickup.empty")}</Text> : null}
          {data.desa.map((group) => (
            <section key={group.desa} className="mt-4">
              <Heading level="h3">
                {group.desa}
                {group.kecamatan ? `, ${group.kecamatan}` : ""}
              </Heading>
              {group.producers.map((producer) => (
                <div key={producer.producer_id} className="mt-2">
                  <Text weight="plus">
                    {producer.business_name}
                    {producer.whatsapp ? ` · ${producer.whatsapp}` : ""}
                  </Text>
                  <ul className="ml-4 list-disc">
                    {producer.parts.map((part) => (
                      <li key={part.producer_order_id}>
                        <Text size="small">
                          {part.collected ? "☑" : "☐"} #{part.order_display_id}:{" "}
                          {part.items.map((item) => `${item.quantity} × ${item.title}${item.variant_title ? ` (${item.variant_title})` : ""}`).join(", ")}
                          {part.collected ? t("pickup.collected") : ""}
                        </Text>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </Container>
      ) : null}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.pickup",
  translationNs: "pasarDesa",
  icon: ArchiveBox,
})

export default PickupListPage
