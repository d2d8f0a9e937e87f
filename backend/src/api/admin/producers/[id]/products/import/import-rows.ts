import {
  choiceList,
  LICENCE_WORDS,
  PRODUCT_TYPE_WORDS,
  readChoice,
  readRupiah,
  readWhole,
  readYesNo,
  SINGLE_VARIANT_TITLE,
  titleKey,
  type ColumnName,
} from "../../../../../../lib/product-import/sheet-columns"
import type { SheetRow } from "../../../../../../lib/product-import/read-sheet"
import { indonesianIssue } from "../../../../../producer/indonesian-errors"
import { ProducerCreateProduct, type ProducerCreateProductType } from "../../../../../producer/products/validators"

export type ImportError = { column: ColumnName | null; message: string }
export type ImportRowReport = { line: number; title: string; ok: boolean; errors: ImportError[] }

/** One product of the file, as the panel's form would have sent it, with its rows and each variant's stock. */
export type PlannedProduct = { lines: number[]; body: ProducerCreateProductType; stock: Record<string, number> }

export type ImportPlan = { rows: ImportRowReport[]; products: PlannedProduct[]; errorCount: number }

export type Category = { id: string; name: string; handle: string }
export type ImportContext = { categories: Category[]; existingTitles: string[] }

/** The most stock one variant may be given, as the panel's stock form allows. */
const MOST_STOCK = 1_000_000

/** The option a product's variants are named under, as in the panel. */
const OPTION_TITLE = "Varian"

/** Where the product schema's fields come from in the sheet. */
const COMPLIANCE_COLUMNS: Record<string, ColumnName> = {
  product_type: "jenis",
  net_quantity: "isi_bersih",
  ingredients: "bahan",
  shelf_life_days: "masa_simpan_hari",
  storage: "penyimpanan",
  licence: "izin",
  halal: "halal",
}
const VARIANT_COLUMNS: Record<string, ColumnName> = { title: "varian", price: "harga", weight: "berat_gram" }

/** A schema message names its field and ends in English ("price: harga minimal Rp 500 / at least Rp 500"); the report wants the Indonesian reason only. */
const reasonOnly = (message: string) => message.replace(/^[a-z_][a-z0-9_.]*: /i, "").replace(/ \/ .*$/s, "")

class Findings {
  private byLine = new Map<number, ImportError[]>()

  /** The first reason given for a cell counts: a price already called "not a number" is not also "required". */
  add(line: number, column: ColumnName | null, reason: string) {
    const errors = this.byLine.get(line) ?? []
    if (errors.some((error) => error.column === column)) return
    errors.push({ column, message: column ? `Baris ${line}, kolom ${column}: ${reason}` : `Baris ${line}: ${reason}` })
    this.byLine.set(line, errors)
  }

  of(line: number) {
    return this.byLine.get(line) ?? []
  }

  get count() {
    return [...this.byLine.values()].reduce((sum, errors) => sum + errors.length, 0)
  }
}

/** A whole number of a cell, or undefined when blank; a cell that is not one is a finding. */
function wholeCell(row: SheetRow, column: ColumnName, findings: Findings, example: string, positive: boolean) {
  const cell = row.cells[column]
  if (!cell) return undefined
  const value = readWhole(cell)
  if (value === null || (positive && value === 0)) {
    findings.add(row.line, column, `harus bilangan bulat${positive ? " lebih dari 0" : ""}, mis. ${example}`)
    return undefined
  }
  return value
}

/** The categories a cell names (by name or handle, several separated by `,` or `|`). */
function categoryIds(row: SheetRow, categories: Category[], findings: Findings) {
  const cell = row.cells.kategori
  if (!cell) return undefined
  const ids: string[] = []
  for (const typed of cell
    .split(/[,|]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const found = categories.find((category) => [category.name, category.handle].some((name) => titleKey(name) === titleKey(typed)))
    if (!found) {
      findings.add(row.line, "kategori", `kategori '${typed}' tidak ada; pilih dari: ${categories.map((category) => category.name).join(", ")}`)
      return undefined
    }
    if (!ids.includes(found.id)) ids.push(found.id)
  }
  return ids
}

/**
 * The columns that describe the product rather than a variant: the first row
 * that fills one sets it; a later row of the same product leaves it blank or
 * repeats it, and a different value is a finding on that row.
 */
function productCell(rows: SheetRow[], column: ColumnName, findings: Findings): { row: SheetRow; value: string } | undefined {
  const first = rows.find((row) => row.cells[column])
  if (!first) return undefined
  for (const row of rows) {
    const value = row.cells[column]
    if (row !== first && value && titleKey(value) !== titleKey(first.cells[column]!)) {
      findings.add(row.line, column, `berbeda dengan baris ${first.line} untuk produk yang sama; samakan atau kosongkan`)
    }
  }
  return { row: first, value: first.cells[column]! }
}

/** The product of one group of rows in the panel's words, its findings so far recorded. */
function productBody(rows: SheetRow[], context: ImportContext, findings: Findings) {
  const cell = (column: ColumnName) => productCell(rows, column, findings)
  const type = cell("jenis")
  const productType = type ? readChoice(type.value, PRODUCT_TYPE_WORDS) : null
  if (type && !productType) findings.add(type.row.line, "jenis", `pilih salah satu: ${choiceList(PRODUCT_TYPE_WORDS)}`)
  const licenceCell = cell("izin")
  const licence = readChoice(licenceCell?.value ?? "", LICENCE_WORDS)
  if (licenceCell && !licence) findings.add(licenceCell.row.line, "izin", `pilih salah satu: ${choiceList(LICENCE_WORDS)}`)
  const halalCell = cell("halal")
  const halal = readYesNo(halalCell?.value ?? "")
  if (halalCell && halal === null) findings.add(halalCell.row.line, "halal", "isi ya atau tidak")
  const shelf = cell("masa_simpan_hari")
  const categories = cell("kategori")
  const several = rows.length > 1
  return {
    title: rows[0].cells.nama,
    description: cell("deskripsi")?.value,
    ...(categories ? { category_ids: categoryIds(categories.row, context.categories, findings) } : {}),
    option_title: OPTION_TITLE,
    variants: rows.map((row) => {
      const title = row.cells.varian ?? (several ? undefined : SINGLE_VARIANT_TITLE)
      if (!title) findings.add(row.line, "varian", "wajib diisi bila nama produk yang sama ada di beberapa baris")
      const price = row.cells.harga ? readRupiah(row.cells.harga) : undefined
      if (price === null) findings.add(row.line, "harga", "harus angka rupiah bulat, mis. 15000, 15.000 atau Rp 15.000")
      return { title, price: price ?? undefined, weight: wholeCell(row, "berat_gram", findings, "250", true) }
    }),
    compliance: {
      product_type: productType ?? undefined,
      licence: licence ?? undefined,
      halal: halal ?? undefined,
      net_quantity: cell("isi_bersih")?.value ?? null,
      ingredients: cell("bahan")?.value ?? null,
      shelf_life_days: shelf ? (wholeCell(shelf.row, "masa_simpan_hari", findings, "90", true) ?? null) : null,
      storage: cell("penyimpanan")?.value ?? null,
    },
  }
}

/** Row and column of a product-schema issue's path (`variants.1.price` → the product's second row, harga). */
function placeOf(path: PropertyKey[], rows: SheetRow[]): [SheetRow, ColumnName | null] {
  const [field, index, leaf] = path.map(String)
  if (field === "variants" && index !== undefined) return [rows[Number(index)] ?? rows[0], VARIANT_COLUMNS[leaf] ?? "varian"]
  if (field === "variants") return [rows[0], "varian"]
  if (field === "compliance") {
    const column = COMPLIANCE_COLUMNS[index] ?? null
    return [(column && rows.find((row) => row.cells[column])) || rows[0], column]
  }
  const column = field === "title" ? "nama" : field === "description" ? "deskripsi" : field === "category_ids" ? "kategori" : null
  return [(column && rows.find((row) => row.cells[column])) || rows[0], column]
}

/**
 * Reads the rows of a producer's sheet into the products the panel would
 * make of them, checking each with the panel's own schema (ProducerCreateProduct,
 * with its Indonesian messages) so an imported product obeys exactly the
 * rules of a typed one. Rows with the same `nama` are one product and their
 * `varian` its variants. Every finding names its row and column; the plan's
 * products are only to be created when there is none.
 */
export function planProductImport(sheet: SheetRow[], context: ImportContext): ImportPlan {
  const findings = new Findings()
  const known = new Map(context.existingTitles.map((title) => [titleKey(title), title]))
  const groups = new Map<string, SheetRow[]>()
  const stockOf = new Map<SheetRow, number>()
  for (const row of sheet) {
    if (row.extraCells) {
      findings.add(
        row.line,
        null,
        `${row.extraCells} isian lebih banyak dari kolom di baris pertama; teks yang memuat tanda pemisah (; atau ,) harus diapit tanda kutip (")`
      )
    }
    const quantity = wholeCell(row, "stok", findings, "20", false)
    if (quantity !== undefined && quantity > MOST_STOCK) findings.add(row.line, "stok", "paling besar 1.000.000")
    if (quantity !== undefined) stockOf.set(row, quantity)
    if (!row.cells.nama) {
      findings.add(row.line, "nama", "wajib diisi")
      continue
    }
    const key = titleKey(row.cells.nama)
    groups.set(key, [...(groups.get(key) ?? []), row])
  }

  const products: PlannedProduct[] = []
  for (const [key, rows] of groups) {
    if (known.has(key)) {
      findings.add(rows[0].line, "nama", `produsen ini sudah punya produk '${known.get(key)}'; ubah produk itu di panel, atau pakai nama lain`)
    }
    const seen = new Map<string, number>()
    for (const row of rows) {
      const variant = row.cells.varian && titleKey(row.cells.varian)
      if (variant && seen.has(variant)) findings.add(row.line, "varian", `sama dengan baris ${seen.get(variant)}; tiap varian satu baris`)
      if (variant && !seen.has(variant)) seen.set(variant, row.line)
    }
    const repeatedVariant = seen.size < rows.filter((row) => row.cells.varian).length
    const body = productBody(rows, context, findings)
    const checked = ProducerCreateProduct.safeParse(body, { error: (issue) => indonesianIssue(issue as Parameters<typeof indonesianIssue>[0]) })
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        // The schema's "variant titles must differ" is said above, on the repeating row.
        if (repeatedVariant && issue.code === "custom" && issue.path.join(".") === "variants") continue
        const [row, column] = placeOf(issue.path, rows)
        findings.add(row.line, column, reasonOnly(issue.message))
      }
      continue
    }
    const stock = Object.fromEntries(rows.flatMap((row, index) => (stockOf.has(row) ? [[checked.data.variants[index].title, stockOf.get(row)!]] : [])))
    products.push({ lines: rows.map((row) => row.line), body: checked.data, stock })
  }

  return {
    rows: sheet.map((row) => ({ line: row.line, title: row.cells.nama ?? "", ok: !findings.of(row.line).length, errors: findings.of(row.line) })),
    products,
    errorCount: findings.count,
  }
}
