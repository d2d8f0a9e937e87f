import { describe, expect, it } from "vitest"
import { indonesianDate, licenceExpiryNotice } from "./licence-expiry-notice"

describe("licenceExpiryNotice", () => {
  it("names the licence, its number, the day it ends in Indonesian, the products leaving the shop and what to do", () => {
    const { subject, message } = licenceExpiryNotice({
      business_name: "Keripik Bu Sri",
      licence: "pirt",
      number: "2063501010123-26",
      expires_on: "2026-12-12T00:00:00.000Z",
      products: ["Keripik Pisang Kepok", "Keripik Singkong"],
    })
    expect(subject).toBe("Izin P-IRT Keripik Bu Sri berakhir 12 Desember 2026")
    expect(message).toBe(
      "Izin P-IRT usaha Keripik Bu Sri nomor 2063501010123-26 berlaku sampai 12 Desember 2026. " +
        'Setelah tanggal itu produk berikut kami turunkan dari etalase Pasar Desa sampai izinnya diperbarui: "Keripik Pisang Kepok", "Keripik Singkong". ' +
        "Segera perpanjang, lalu kirim izin P-IRT yang baru ke koordinator kecamatan Anda agar diperbarui di data usaha Anda; " +
        "nomor dan masa berlaku izin Anda tampil di panel produsen (Profil)."
    )
  })

  it("speaks of a halal certificate as a certificate, and of the producer's products when none is on sale under it now", () => {
    const { subject, message } = licenceExpiryNotice({
      business_name: "Madu Gemaharjo",
      licence: "halal",
      number: "ID35110000123450124",
      expires_on: "2027-01-03T00:00:00.000Z",
      products: [],
    })
    expect(subject).toBe("Sertifikat halal Madu Gemaharjo berakhir 3 Januari 2027")
    expect(message).toContain("Sertifikat halal usaha Madu Gemaharjo nomor ID35110000123450124 berlaku sampai 3 Januari 2027.")
    expect(message).toContain("produk Anda yang memakainya kami turunkan dari etalase")
    expect(message).toContain("kirim sertifikat halal yang baru ke koordinator kecamatan Anda")
  })

  it("reads the expiry day in Pacitan's time: 23:00 UTC is already the next day in WIB", () => {
    expect(indonesianDate("2026-12-11T23:00:00.000Z")).toBe("12 Desember 2026")
  })
})
