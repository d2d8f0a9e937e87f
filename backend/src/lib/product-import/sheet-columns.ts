/**
 * The spreadsheet a coordinator fills in with a producer's products: its
 * columns in Indonesian, the limits of one file, and how each cell is read.
 * Plain code, no imports: the admin bundles this file to build the template.
 */

/** One file: at most 1 MB and 500 product rows (a producer's whole catalogue, many times over). */
export const IMPORT_LIMITS = { bytes: 1024 * 1024, rows: 500 } as const

/** The variant name of a product given on one row without `varian`. */
export const SINGLE_VARIANT_TITLE = "Standar"

export type SheetColumn = {
  name: string
  /** The column must be in the header (its cells may still be blank where the rules allow). */
  required?: boolean
  /** Same for every row of one product: the first row's value counts; a later row leaves it blank or repeats it. */
  perProduct?: boolean
  example: string
}

export const SHEET_COLUMNS = [
  { name: "nama", required: true, perProduct: true, example: "Keripik Pisang Kepok" },
  { name: "deskripsi", required: true, perProduct: true, example: "Keripik pisang kepok dari kebun sendiri, digoreng setiap pagi dengan minyak kelapa." },
  { name: "kategori", perProduct: true, example: "Olahan Pangan" },
  { name: "jenis", required: true, perProduct: true, example: "Olahan pangan" },
  { name: "varian", example: "250 g" },
  { name: "harga", required: true, example: "Rp 15.000" },
  { name: "stok", example: "20" },
  { name: "berat_gram", example: "260" },
  { name: "isi_bersih", perProduct: true, example: "250 g" },
  { name: "bahan", perProduct: true, example: "Pisang kepok, minyak kelapa, garam" },
  { name: "masa_simpan_hari", perProduct: true, example: "90" },
  { name: "penyimpanan", perProduct: true, example: "Simpan di tempat kering" },
  { name: "izin", perProduct: true, example: "P-IRT" },
  { name: "halal", perProduct: true, example: "tidak" },
] as const satisfies readonly SheetColumn[]

export type ColumnName = (typeof SHEET_COLUMNS)[number]["name"]

/** A header cell as people type it ("Berat (gram)", "Masa Simpan Hari") read as a column name. */
export const columnKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/\(([^)]*)\)/g, " $1")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")

/** Other names people give the same column. */
export const COLUMN_ALIASES: Record<string, ColumnName> = {
  nama_produk: "nama",
  keterangan: "deskripsi",
  jenis_produk: "jenis",
  nama_varian: "varian",
  harga_rp: "harga",
  berat: "berat_gram",
  berat_g: "berat_gram",
  komposisi: "bahan",
  masa_simpan: "masa_simpan_hari",
  izin_edar: "izin",
}

/** The template: the header and one example row, `;`-separated as Excel set to Indonesian saves it, with a BOM so Excel reads UTF-8. */
export function sheetTemplate() {
  const quote = (value: string) => (/[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
  const line = (values: string[]) => values.map(quote).join(";")
  return `\ufeff${line(SHEET_COLUMNS.map((column) => column.name))}\r\n${line(SHEET_COLUMNS.map((column) => column.example))}\r\n`
}

const GROUPED_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/

/**
 * A whole number as people here type it: plain digits or grouped by thousands
 * with dots ("1.500"); null for anything else ("1,5", "1.5", "lima").
 */
export function readWhole(cell: string): number | null {
  const typed = cell.replace(/\s+/g, "")
  if (/^\d+$/.test(typed)) return Number(typed)
  if (GROUPED_THOUSANDS.test(typed)) return Number(typed.replace(/\./g, ""))
  return null
}

/**
 * Rupiah as written on paper and in Excel: "15000", "15.000", "Rp 15.000",
 * "Rp15.000,-" or "15.000,00". Null for cents ("15.000,50"), for a comma used
 * to group thousands ("15,000": in Indonesian that is fifteen), and for words.
 */
export function readRupiah(cell: string): number | null {
  const typed = cell
    .replace(/\s+/g, "")
    .replace(/^(rp\.?|idr)/i, "")
    .replace(/,(-|00?)$/, "")
  return readWhole(typed)
}

const YES = ["ya", "y", "iya", "halal", "true", "1"]
const NO = ["tidak", "t", "tdk", "bukan", "no", "false", "0", "-"]

/** ya/tidak; a blank cell is "tidak". Null when it is neither. */
export function readYesNo(cell: string): boolean | null {
  const typed = cell.trim().toLowerCase()
  if (!typed || NO.includes(typed)) return false
  return YES.includes(typed) ? true : null
}

/** The kinds of product, in the panel's words first (as the template shows them), then other ways to say them. */
export const PRODUCT_TYPE_WORDS: Array<[string, string[]]> = [
  ["processed_food", ["olahan pangan", "olahan", "pangan olahan", "processed_food"]],
  ["fresh_produce", ["hasil bumi segar", "hasil bumi", "segar", "fresh_produce"]],
  ["ready_to_eat", ["siap santap", "siap saji", "ready_to_eat"]],
  ["non_food", ["bukan pangan", "non pangan", "nonpangan", "non_food"]],
]

export const LICENCE_WORDS: Array<[string, string[]]> = [
  ["pirt", ["p-irt", "pirt", "sppirt"]],
  ["bpom", ["bpom"]],
  ["none", ["tanpa izin", "", "tidak ada", "tidak", "belum ada", "-", "none"]],
]

/** The value of a cell among fixed choices, matched without case or extra spaces; null when it is none of them. */
export function readChoice(cell: string, choices: Array<[string, string[]]>): string | null {
  const typed = cell.trim().toLowerCase().replace(/\s+/g, " ")
  return choices.find(([, words]) => words.includes(typed))?.[0] ?? null
}

/** "Olahan pangan, Hasil bumi segar, …": what a message offers for a choice column. */
export const choiceList = (choices: Array<[string, string[]]>) =>
  choices
    .map(([, words]) => words[0])
    .filter(Boolean)
    .join(", ")

/** Rows naming the same product: "Keripik  pisang" and "keripik Pisang" are one product, as they are to a buyer. */
export const titleKey = (title: string) => title.trim().toLowerCase().replace(/\s+/g, " ")
