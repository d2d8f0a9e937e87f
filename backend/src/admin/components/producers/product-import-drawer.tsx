import { Badge, Button, Drawer, Label, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { IMPORT_LIMITS, SHEET_COLUMNS, sheetTemplate } from "../../../lib/product-import/sheet-columns"
import { useProductImport, type ImportReport } from "../../lib/product-import-api"
import type { Producer } from "../../lib/types"
import { ErrorAlert } from "../curation/error-alert"

const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(sheetTemplate())}`
const REQUIRED = SHEET_COLUMNS.filter((column) => "required" in column).map((column) => column.name)
const OPTIONAL = SHEET_COLUMNS.filter((column) => !("required" in column)).map((column) => column.name)

/** The check's report, row by row: what is ready, and each mistake with its row and column. */
const ReportTable = ({ report }: { report: ImportReport }) => {
  const { t } = useTranslation(NS)
  const mistakes = report.rows.reduce((sum, row) => sum + row.errors.length, 0)
  const created = new Map(report.created.flatMap((product) => product.lines.map((line) => [line, product] as const)))
  return (
    <div className="flex flex-col gap-y-2">
      <Text size="small" weight="plus">
        {mistakes
          ? t("productImport.mistakes", { mistakes, rows: report.rows.filter((row) => !row.ok).length, total: report.rows.length })
          : report.created.length
            ? t("productImport.done", { count: report.created.length })
            : t("productImport.ready", { count: report.rows.length })}
      </Text>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("productImport.line")}</Table.HeaderCell>
            <Table.HeaderCell>{t("productImport.name")}</Table.HeaderCell>
            <Table.HeaderCell>{t("productImport.result")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {report.rows.map((row) => (
            <Table.Row key={row.line} className="[&_td]:py-2 [&_td]:align-top">
              <Table.Cell>{row.line}</Table.Cell>
              <Table.Cell className="whitespace-normal">{row.title || "-"}</Table.Cell>
              <Table.Cell className="whitespace-normal">
                {row.ok ? (
                  <Badge size="2xsmall" color="green">
                    {created.has(row.line) ? t("productImport.rowImported") : t("productImport.rowReady")}
                  </Badge>
                ) : (
                  <ul className="flex flex-col gap-y-1">
                    {row.errors.map((error) => (
                      <li key={error.message}>
                        <Text size="small" className="text-ui-fg-error">
                          {error.message}
                        </Text>
                      </li>
                    ))}
                  </ul>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/**
 * A producer's catalogue from a spreadsheet: the coordinator downloads the
 * template, fills it in with the producer (one row per variant), checks the
 * file, and imports it once the check finds no mistake. Every product arrives
 * as a draft the producer then sends to curation; a file with any mistake
 * stores nothing.
 */
export const ProductImportDrawer = ({ producer }: { producer: Producer }) => {
  const { t } = useTranslation(NS)
  const [open, setOpen] = useState(false)
  const [file, setFile] = useState<File | null>(null)
  const check = useProductImport(producer.id)
  const save = useProductImport(producer.id)
  const checked = check.data && check.variables?.file === file ? check.data : null
  const ready = !!checked && checked.rows.every((row) => row.ok) && !save.data
  const report = save.data ?? checked

  const reset = (next: File | null) => {
    setFile(next)
    check.reset()
    save.reset()
  }

  const runImport = () =>
    save.mutate(
      { file: file!, dryRun: false },
      { onSuccess: (result) => toast.success(t("productImport.imported", { count: result.created.length, name: producer.business_name })) }
    )

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) reset(null)
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {t("productImport.open")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className="max-w-3xl">
        <Drawer.Header>
          <Drawer.Title>{t("productImport.title", { name: producer.business_name })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <div className="flex flex-col gap-y-1">
            <Text size="small">{t("productImport.howRows", { required: REQUIRED.join(", "), optional: OPTIONAL.join(", ") })}</Text>
            <Text size="small" className="text-ui-fg-subtle">
              {t("productImport.howDrafts", { rows: IMPORT_LIMITS.rows })}
            </Text>
            <a href={TEMPLATE_HREF} download="templat-produk.csv" className="txt-compact-small-plus text-ui-fg-interactive">
              {t("productImport.template")}
            </a>
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="product-import-file" size="small" weight="plus">
              {t("productImport.file")}
            </Label>
            <input
              id="product-import-file"
              type="file"
              accept=".csv,text/csv"
              className="txt-compact-small"
              onChange={(event) => reset(event.target.files?.[0] ?? null)}
            />
            <div className="flex flex-wrap gap-2">
              <Button
                size="small"
                variant="secondary"
                disabled={!file || save.isPending}
                isLoading={check.isPending}
                onClick={() => check.mutate({ file: file!, dryRun: true })}
              >
                {t("productImport.check")}
              </Button>
              <Button size="small" disabled={!ready || check.isPending} isLoading={save.isPending} onClick={runImport}>
                {t("productImport.import")}
              </Button>
            </div>
          </div>
          <ErrorAlert error={check.error ?? save.error} />
          {report ? <ReportTable report={report} /> : null}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
