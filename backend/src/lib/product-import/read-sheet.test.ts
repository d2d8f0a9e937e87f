import { describe, expect, it } from "vitest"
import { readProductSheet } from "./read-sheet"
import { readRupiah, readWhole, sheetTemplate } from "./sheet-columns"

const csv = (text: string) => Buffer.from(text, "utf8")

describe("reading a price as people write rupiah", () => {
  it("takes plain digits, dots between thousands, Rp in front and ,- or ,00 behind", () => {
    for (const typed of ["15000", "15.000", "Rp 15.000", "Rp15.000", "rp. 15.000", "Rp 15.000,-", "15.000,00", "IDR 15000"]) {
      expect(readRupiah(typed), typed).toBe(15000)
    }
    expect(readRupiah("Rp 1.250.000")).toBe(1_250_000)
  })

  it("refuses cents, a comma between thousands, a dot in the wrong place and words", () => {
    for (const typed of ["15.000,50", "15,000", "15.00", "1.5", "lima belas ribu", "-15000", ""]) {
      expect(readRupiah(typed), typed).toBeNull()
    }
    expect(readWhole("1.500")).toBe(1500)
    expect(readWhole("1,5")).toBeNull()
  })
})

describe("reading a product sheet", () => {
  it("reads Excel's Indonesian CSV: a BOM, ; separators, quoted fields with ; and line breaks, blank rows counted", () => {
    const rows = readProductSheet(
      csv('\ufeffNama;Deskripsi;Jenis;Harga\r\n"Kopi; Robusta";"Biji kopi\npetik merah";Olahan pangan;Rp 15.000\r\n;;;\r\nGula Aren;Gula;Olahan;9000\r\n')
    )
    expect(rows).toEqual([
      { line: 2, cells: { nama: "Kopi; Robusta", deskripsi: "Biji kopi\npetik merah", jenis: "Olahan pangan", harga: "Rp 15.000" }, extraCells: 0 },
      { line: 4, cells: { nama: "Gula Aren", deskripsi: "Gula", jenis: "Olahan", harga: "9000" }, extraCells: 0 },
    ])
  })

  it("reads a , separated file and header names written the way people write them", () => {
    const rows = readProductSheet(csv('nama produk,deskripsi,jenis,harga,Berat (gram)\nKopi,"Enak, harum",olahan,15000,250\n'))
    expect(rows[0].cells).toEqual({ nama: "Kopi", deskripsi: "Enak, harum", jenis: "olahan", harga: "15000", berat_gram: "250" })
  })

  it("counts the cells a row has beyond the header, as an unquoted separator makes", () => {
    expect(readProductSheet(csv("nama,deskripsi,jenis,harga\nKopi,Enak, harum,olahan,15000\n"))[0].extraCells).toBe(1)
  })

  it("refuses, in Indonesian, an unknown or missing column, a broken quote, a workbook and text that is not UTF-8", () => {
    expect(() => readProductSheet(csv("nama;deskripsi;jenis;harga;warna\nx;y;z;1\n"))).toThrow("kolom 'warna' tidak dikenal")
    expect(() => readProductSheet(csv("nama;deskripsi;jenis\nx;y;z\n"))).toThrow("kolom harga tidak ada di baris pertama")
    expect(() => readProductSheet(csv('nama;deskripsi;jenis;harga\n"Kopi;y;z;1\n'))).toThrow(
      'berkas CSV rusak di baris 2: tanda kutip (") dibuka tetapi tidak ditutup'
    )
    expect(() => readProductSheet(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toThrow("ini berkas Excel (.xlsx), bukan CSV")
    expect(() => readProductSheet(Buffer.from("nama;deskripsi;jenis;harga\nKeripik \xe9;y;z;1\n", "latin1"))).toThrow("berkas bukan teks UTF-8")
    expect(() => readProductSheet(csv("nama;deskripsi;jenis;harga\n;;;\n"))).toThrow("berkas tidak berisi baris produk")
  })

  it("reads its own template back: the header and the example row", () => {
    const [example] = readProductSheet(csv(sheetTemplate()))
    expect(example.line).toBe(2)
    expect(example.cells).toMatchObject({ nama: "Keripik Pisang Kepok", harga: "Rp 15.000", kategori: "Olahan Pangan", jenis: "Olahan pangan" })
  })
})
