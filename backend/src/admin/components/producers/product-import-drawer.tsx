import { Badge, Button, Drawer, Label, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { IMPORT_LIMITS, SHEET_COLUMNS, sheetTemplate } from "../../../lib/product-import/sheet-columns"
import { useProductImport, type ImportReport } from "../../lib/product-import-api"
import type { Producer } from "../../lib/types"
import { ErrorAlert } from "../curation/error-alert"

const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(sheetTemplate())}`
const REQUIRED = SHEET_COLUMNS.filter((column) => "required" in column).map((column) => column.name)
const OPTIONAL = SHEET_COLUMNS.filter((column) => !("required" in column)).map((column) => column.name)

/** The check's report, row by row: what is ready, and each mistake with its row and column. */
const ReportTable = ({ report }: { report: ImportReport }) => {
  const mistakes = report.rows.reduce((sum, row) => sum + row.errors.length, 0)
  const created = new Map(report.created.flatMap((product) => product.lines.map((line) => [line, product] as const)))
  return (
    <div className="flex flex-col gap-y-2">
      <Text size="small" weight="plus">
        {mistakes
          ? `${mistakes} kesalahan di ${report.rows.filter((row) => !row.ok).length} dari ${report.rows.length} baris: perbaiki di spreadsheet, simpan sebagai CSV, lalu periksa lagi.`
          : report.created.length
            ? `${report.created.length} produk diimpor sebagai draf kurasi.`
            : `${report.rows.length} baris siap diimpor.`}
      </Text>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Baris</Table.HeaderCell>
            <Table.HeaderCell>Nama</Table.HeaderCell>
            <Table.HeaderCell>Hasil</Table.HeaderCell>
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
                    {created.has(row.line) ? "Diimpor" : "Siap"}
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
      { onSuccess: (result) => toast.success(`${result.created.length} produk ${producer.business_name} diimpor sebagai draf`) }
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
          Impor produk (CSV)
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className="max-w-3xl">
        <Drawer.Header>
          <Drawer.Title>Impor produk {producer.business_name}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <div className="flex flex-col gap-y-1">
            <Text size="small">
              Satu baris per varian: baris dengan nama yang sama menjadi satu produk dengan beberapa varian. Kolom wajib: {REQUIRED.join(", ")}; boleh kosong:{" "}
              {OPTIONAL.join(", ")}. Harga boleh ditulis 15000, 15.000 atau Rp 15.000.
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              Semua produk masuk sebagai draf kurasi yang belum terlihat pembeli; produsen mengajukannya ke kurator dari panel. Bila ada satu kesalahan, tidak
              ada yang disimpan. Paling banyak {IMPORT_LIMITS.rows} baris dan 1 MB sekali impor.
            </Text>
            <a href={TEMPLATE_HREF} download="templat-produk.csv" className="txt-compact-small-plus text-ui-fg-interactive">
              Unduh templat CSV
            </a>
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="product-import-file" size="small" weight="plus">
              Berkas CSV (Simpan Sebagai → CSV UTF-8)
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
                Periksa
              </Button>
              <Button size="small" disabled={!ready || check.isPending} isLoading={save.isPending} onClick={runImport}>
                Impor
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
