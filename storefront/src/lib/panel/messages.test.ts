import { describe, expect, it } from "vitest"
import { indonesian } from "./messages"

describe("indonesian", () => {
  it("keeps the Indonesian half of the backend's bilingual message, naming the field as the form does", () => {
    expect(indonesian("expected_on: tanggal panen 2020-01-01 sudah lewat / harvest date is in the past")).toBe(
      "Tanggal panen: tanggal panen 2020-01-01 sudah lewat"
    )
    expect(indonesian("delta: harus bilangan bulat / must be a whole number")).toBe("Perubahan stok: harus bilangan bulat")
    expect(indonesian("whatsapp: nomor tidak valid / not a valid number")).toBe("Nomor WhatsApp: nomor tidak valid")
    expect(indonesian("variants.1.price: harus lebih dari 0 / must be above 0")).toBe("Harga (varian 2): harus lebih dari 0")
    expect(indonesian("variants: minimal satu varian / at least one variant")).toBe("Varian: minimal satu varian")
  })

  it("rewords Medusa's English schema messages, naming the field as the form does", () => {
    expect(indonesian("Invalid request: Value for field 'description' too small, expected at least: '20'")).toBe("Deskripsi: terlalu pendek/kecil, minimal 20")
    expect(indonesian("Invalid request: Field 'title' is required")).toBe("Nama produk: wajib diisi")
    expect(indonesian("Invalid request: Expected: 'pirt, bpom, none' for field 'compliance.licence', but got: 'x'")).toBe(
      "Izin edar: pilih salah satu dari pirt, bpom, none"
    )
  })

  it("leaves a sentence without a field key as it is", () => {
    expect(indonesian("Stok berubah sejak halaman dibuka: sekarang 206. / Stock changed")).toBe("Stok berubah sejak halaman dibuka: sekarang 206.")
  })
})
