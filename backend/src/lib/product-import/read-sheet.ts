import { MedusaError } from "@medusajs/framework/utils"
import { CsvError, parse } from "csv-parse/sync"
import { COLUMN_ALIASES, columnKey, IMPORT_LIMITS, SHEET_COLUMNS, type ColumnName } from "./sheet-columns"

/** One product row: its number as the spreadsheet shows it (the header is row 1) and its cells by column, trimmed. */
export type SheetRow = {
  line: number
  cells: Partial<Record<ColumnName, string>>
  /** More cells than the header has columns: a separator inside unquoted text, most likely. */
  extraCells: number
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const KNOWN = new Set<string>(SHEET_COLUMNS.map((column) => column.name))

/** Bytes as UTF-8 text; a workbook or another encoding is refused with how to save the file instead. */
function decode(file: Buffer) {
  if (file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw refuse("file: ini berkas Excel (.xlsx), bukan CSV; di Excel pilih Simpan Sebagai → CSV UTF-8 / this is an Excel workbook, save it as CSV UTF-8")
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(file)
  } catch {
    throw refuse("file: berkas bukan teks UTF-8; di Excel pilih Simpan Sebagai → CSV UTF-8 / the file is not UTF-8 text, save it as CSV UTF-8")
  }
}

/** Excel set to Indonesian separates with `;`, elsewhere with `,`: the header line says which (column names hold neither). */
function separatorOf(text: string) {
  const header = text.split(/\r?\n/).find((line) => line.trim()) ?? ""
  const count = (separator: string) => header.split(separator).length - 1
  if (!count(";") && !count(",") && count("\t")) return "\t"
  return count(";") >= count(",") && count(";") > 0 ? ";" : ","
}

const BROKEN: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'tanda kutip (") dibuka tetapi tidak ditutup',
  CSV_INVALID_CLOSING_QUOTE: 'ada huruf tepat sesudah tanda kutip (") penutup',
}

/** Every record, blank lines included (as `[""]`), so record i is the spreadsheet's row i + 1. */
function records(text: string, delimiter: string) {
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false })
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const reason = BROKEN[error.code] ?? "isinya tidak bisa dibaca sebagai CSV"
    throw refuse(`file: berkas CSV rusak di baris ${error.lines}: ${reason} / the CSV file is broken at line ${error.lines}`)
  }
}

/** The header's column for each position (null for a blank header cell), refusing unknown, repeated and missing columns. */
function headerColumns(header: string[]): Array<ColumnName | null> {
  const columns = header.map((cell) => {
    const key = columnKey(cell)
    if (!key) return null
    const name = COLUMN_ALIASES[key] ?? key
    if (!KNOWN.has(name)) {
      throw refuse(
        `file: kolom '${cell.trim()}' tidak dikenal; kolom yang dipakai: ${[...KNOWN].join(", ")} (unduh templatnya) / unknown column '${cell.trim()}'`
      )
    }
    return name as ColumnName
  })
  const repeated = columns.find((name, index) => name && columns.indexOf(name) !== index)
  if (repeated) throw refuse(`file: kolom '${repeated}' ada dua kali / the column '${repeated}' appears twice`)
  const missing = SHEET_COLUMNS.filter((column) => "required" in column && !columns.includes(column.name)).map((column) => column.name)
  if (missing.length) throw refuse(`file: kolom ${missing.join(", ")} tidak ada di baris pertama / missing columns: ${missing.join(", ")}`)
  return columns
}

/**
 * The product rows of an uploaded CSV: UTF-8 with or without a BOM, `;` or
 * `,` separated, fields quoted where they hold the separator, a quote or a
 * line break. Blank rows are skipped but counted, so each row keeps the number
 * the spreadsheet shows. A file that cannot be read as a whole (not CSV, not
 * UTF-8, an unknown column, too many rows) is refused here; the rows' own
 * mistakes are the report's.
 */
export function readProductSheet(file: Buffer): SheetRow[] {
  const text = decode(file).replace(/^\ufeff/, "")
  const [header, ...data] = records(text, separatorOf(text))
  if (!header) throw refuse("file: berkasnya kosong / the file is empty")
  const columns = headerColumns(header)
  const rows = data.flatMap((record, index) => {
    if (!record.some((cell) => cell.trim())) return []
    const cells: SheetRow["cells"] = {}
    columns.forEach((name, column) => {
      const value = record[column]?.trim()
      if (name && value) cells[name] = value
    })
    return [{ line: index + 2, cells, extraCells: record.slice(columns.length).filter((cell) => cell.trim()).length }]
  })
  if (!rows.length) throw refuse("file: berkas tidak berisi baris produk di bawah kepala tabel / the file has no product rows")
  if (rows.length > IMPORT_LIMITS.rows) {
    throw refuse(
      `file: ${rows.length} baris produk; paling banyak ${IMPORT_LIMITS.rows} sekali impor, bagi berkasnya / at most ${IMPORT_LIMITS.rows} rows per file`
    )
  }
  return rows
}
