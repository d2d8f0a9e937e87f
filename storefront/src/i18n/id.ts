export const id = {
  "site.name": "Pasar Desa OK OCE",
  "site.tagline": "Produk desa Pacitan yang dikurasi OK OCE",
  "home.title": "Pasar Desa OK OCE Pacitan: produk desa pilihan",
  "home.description": "Belanja gula kelapa, tiwul, sale pisang, kopi, madu dan hasil laut langsung dari desa-desa Kabupaten Pacitan.",
  "home.products": "Produk desa",
  "home.empty": "Belum ada produk yang tampil.",
  "home.unavailable": "Produk sedang tidak dapat dimuat. Silakan coba lagi sebentar lagi.",
  "home.picks": "Pilihan Kurator",
  "home.picksLead": "Produk desa yang dipilih koordinator OK OCE minggu ini.",
  "product.badge": "OK OCE",
  "product.badgeLabel": "Terkurasi OK OCE: diperiksa koordinator dan izinnya lengkap",
  "product.by": "oleh",
  "product.from": "mulai",
  "product.noPrice": "Harga belum tersedia",
  "nav.language": "English",
  "nav.skip": "Langsung ke isi",
  "footer.programme": "OK OCE Kabupaten Pacitan, Jawa Timur",
} as const

export type MessageKey = keyof typeof id
