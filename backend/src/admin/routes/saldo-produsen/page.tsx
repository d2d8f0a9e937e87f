import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { ErrorAlert } from "../../components/curation/error-alert"
import { FilterSelect } from "../../components/curation/filter-select"
import { ListPagination } from "../../components/list-pagination"
import { PayoutForm } from "../../components/money/payout-form"
import { NS } from "../../i18n/namespace"
import { useKecamatanList } from "../../lib/curation-api"
import { formatRupiah } from "../../lib/format"
import { usePageParams } from "../../lib/use-page-params"
import {
  BALANCE_PAGE_SIZE,
  useBalances,
  useConfirmPayoutAccount,
  useCoordinatorRole,
  useSetSettlementFee,
  useSettlementFee,
  type ProducerBalance,
} from "../../lib/money-api"

/** The producer's bank account, and the button that confirms it once the holder's name is checked. */
function AccountCell({ row }: { row: ProducerBalance }) {
  const { t } = useTranslation(NS)
  const confirm = useConfirmPayoutAccount(row.producer.id)
  if (!row.account)
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("balances.accountMissing")}
      </Text>
    )
  return (
    <div className="flex flex-col items-start gap-y-1">
      <Text size="small">
        {row.account.bank} {row.account.number}
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {t("balances.accountHolder", { holder: row.account.holder })}
      </Text>
      {row.account.confirmed ? (
        <Badge color="green">{t("balances.accountConfirmed")}</Badge>
      ) : (
        <Button size="small" variant="secondary" isLoading={confirm.isPending} onClick={() => confirm.mutate(undefined)}>
          {t("balances.confirmAccount")}
        </Button>
      )}
      {confirm.error ? <ErrorAlert error={confirm.error} /> : null}
    </div>
  )
}

function BalanceRow({ row }: { row: ProducerBalance }) {
  const { t } = useTranslation(NS)
  const [paying, setPaying] = useState(false)
  return (
    <Table.Row className="[&_td]:py-3 [&_td]:align-top">
      <Table.Cell>
        <Text size="small" weight="plus">
          {row.producer.business_name}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {row.producer.desa?.name ?? "-"}
        </Text>
      </Table.Cell>
      <Table.Cell className="text-right">{formatRupiah(row.balance)}</Table.Cell>
      <Table.Cell>
        <AccountCell row={row} />
      </Table.Cell>
      <Table.Cell>
        {paying ? (
          <PayoutForm row={row} onDone={() => setPaying(false)} />
        ) : row.balance > 0 && row.account?.confirmed ? (
          <Button size="small" variant="secondary" onClick={() => setPaying(true)}>
            {t("balances.recordPayout")}
          </Button>
        ) : null}
      </Table.Cell>
    </Table.Row>
  )
}

/** The OK OCE fee: every coordinator sees it, the head coordinator sets it. */
function FeeSetting() {
  const { t } = useTranslation(NS)
  const fee = useSettlementFee()
  const role = useCoordinatorRole()
  const setFee = useSetSettlementFee()
  const [typed, setTyped] = useState("")
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setFee.mutate(Number(typed.replace(",", ".")), { onSuccess: () => setTyped("") })
  }
  return (
    <div className="flex flex-wrap items-end gap-3 px-6 py-4">
      <Text size="small">
        {t("balances.fee")}
        <strong>{fee.data ? `${String(fee.data.fee.percent).replace(".", ",")}%` : "…"}</strong>
      </Text>
      {role.data?.coordinator.role === "head" ? (
        <form onSubmit={submit} className="flex items-end gap-2">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="fee-percent" size="xsmall">
              {t("balances.feeChange")}
            </Label>
            <Input id="fee-percent" size="small" inputMode="decimal" value={typed} onChange={(event) => setTyped(event.target.value)} className="w-24" />
          </div>
          <Button type="submit" size="small" variant="secondary" isLoading={setFee.isPending} disabled={!typed.trim()}>
            {t("common.save")}
          </Button>
        </form>
      ) : null}
      {setFee.error ? <ErrorAlert error={setFee.error} /> : null}
    </div>
  )
}

/**
 * What the centre owes each producer, and paying it: confirm the bank account
 * a producer gave, download what is due as the bank's bulk-transfer file, and
 * record each payout made. A kecamatan coordinator sees their kecamatan only.
 */
const ProducerBalancesPage = () => {
  const { t } = useTranslation(NS)
  const [searchParams, go] = usePageParams()
  const kecamatanId = searchParams.get("kecamatan") ?? ""
  const offset = Number(searchParams.get("offset")) || 0
  const { data, error, isLoading } = useBalances(kecamatanId, offset)
  const kecamatan = useKecamatanList()
  const exportUrl = `/admin/settlement/bank-export${kecamatanId ? `?kecamatan_id=${encodeURIComponent(kecamatanId)}` : ""}`
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t("balances.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("balances.description")}
          </Text>
        </div>
        <a href={exportUrl} className="txt-compact-small-plus text-ui-fg-interactive">
          {t("balances.downloadCsv")}
        </a>
      </div>
      <FeeSetting />
      <div className="px-6 py-4">
        <FilterSelect
          id="saldo-kecamatan"
          label={t("common.kecamatan")}
          allLabel={t("common.allKecamatan")}
          value={kecamatanId || undefined}
          options={(kecamatan.data?.kecamatan ?? []).map((place) => ({ value: place.id, label: place.name }))}
          onChange={(value) => go({ kecamatan: value ?? "", offset: 0 })}
        />
      </div>
      {error ? (
        <div className="px-6 py-4">
          <ErrorAlert error={error} />
        </div>
      ) : null}
      {isLoading ? (
        <Text className="text-ui-fg-subtle px-6 py-4">{t("balances.loading")}</Text>
      ) : data && data.balances.length === 0 ? (
        <Text className="text-ui-fg-subtle px-6 py-4">{t("balances.empty")}</Text>
      ) : data ? (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("common.producer")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("balances.balance")}</Table.HeaderCell>
                <Table.HeaderCell>{t("balances.account")}</Table.HeaderCell>
                <Table.HeaderCell>{t("balances.payout")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.balances.map((row) => (
                <BalanceRow key={row.producer.id} row={row} />
              ))}
            </Table.Body>
          </Table>
          <ListPagination
            count={data.count}
            pageSize={BALANCE_PAGE_SIZE}
            offset={offset}
            noun={t("pagination.producers")}
            onOffsetChange={(next) => go({ offset: next })}
          />
        </>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "nav.balances",
  translationNs: "pasarDesa",
  icon: CurrencyDollar,
})

export default ProducerBalancesPage
