import type { ExpiringLicenceKind } from "../curation/licence-expiry"

/** How a notice names each licence, and what the producer sends once it is renewed. */
const LICENCES: Record<ExpiringLicenceKind, { name: string; renewed: string }> = {
  pirt: { name: "Izin P-IRT", renewed: "izin P-IRT yang baru" },
  halal: { name: "Sertifikat halal", renewed: "sertifikat halal yang baru" },
}

/** A day as an Indonesian reads it, in Pacitan's time (WIB): "12 Desember 2026". */
export const indonesianDate = (instant: string | Date) =>
  new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" }).format(new Date(instant))

export type LicenceExpiryNoticeInput = {
  business_name: string
  licence: ExpiringLicenceKind
  number: string
  /** The instant the licence expires (ISO). */
  expires_on: string
  /** The titles of the producer's products on sale under this licence. */
  products: string[]
}

/**
 * The producer's warning that a licence runs out (Indonesian): which one, its
 * number, the day it ends, which products leave the shop then, and what to do.
 *
 * @example
 * licenceExpiryNotice({ business_name: "Keripik Bu Sri", licence: "pirt", number: "2063501010123-26", expires_on: "2026-12-12T00:00:00.000Z", products: ["Keripik Pisang"] })
 * // { subject: "Izin P-IRT Keripik Bu Sri berakhir 12 Desember 2026", message: "Izin P-IRT usaha Keripik Bu Sri nomor 2063501010123-26 berlaku sampai 12 Desember 2026. ..." }
 */
export function licenceExpiryNotice({ business_name, licence, number, expires_on, products }: LicenceExpiryNoticeInput) {
  const { name, renewed } = LICENCES[licence]
  const date = indonesianDate(expires_on)
  const affected = products.length
    ? `produk berikut kami turunkan dari etalase Pasar Desa sampai izinnya diperbarui: ${products.map((title) => `"${title}"`).join(", ")}.`
    : "produk Anda yang memakainya kami turunkan dari etalase Pasar Desa sampai izinnya diperbarui."
  return {
    subject: `${name} ${business_name} berakhir ${date}`,
    message:
      `${name} usaha ${business_name}${number ? ` nomor ${number}` : ""} berlaku sampai ${date}. Setelah tanggal itu ${affected} ` +
      `Segera perpanjang, lalu kirim ${renewed} ke koordinator kecamatan Anda agar diperbarui di data usaha Anda; nomor dan masa berlaku izin Anda tampil di panel produsen (Profil).`,
  }
}
