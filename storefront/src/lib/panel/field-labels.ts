/**
 * The panel's names for the fields the backend names by key. A producer never
 * saw `expected_on` or `variants.0.price`: they saw "Tanggal panen" and the
 * price of their first variant.
 */
const LABELS: Record<string, string> = {
  title: "Nama produk",
  description: "Deskripsi",
  variants: "Varian",
  price: "Harga",
  weight: "Berat",
  delta: "Perubahan stok",
  reason: "Alasan",
  stocked_quantity: "Jumlah stok",
  expected_quantity: "Jumlah stok",
  low_stock_threshold: "Batas stok menipis",
  expected_on: "Tanggal panen",
  forecast_quantity: "Perkiraan hasil panen",
  quantity: "Jumlah",
  unit: "Satuan",
  note: "Catatan",
  whatsapp: "Nomor WhatsApp",
  business_name: "Nama usaha",
  owner_name: "Nama pemilik",
  story: "Cerita usaha",
  compliance: "Data pangan",
  ingredients: "Komposisi",
  shelf_life_days: "Masa simpan (hari)",
  storage: "Cara penyimpanan",
  net_quantity: "Isi bersih",
  licence: "Izin edar",
  halal: "Halal",
  category_ids: "Kategori",
  product_type: "Jenis produk",
  tracking_note: "Nomor resi",
  status: "Status pesanan",
  email: "Email",
  password: "Kata sandi",
}
/** `variants.N.title` is the variant's name, not the product's. */
const VARIANT_TITLE = "Nama varian"

/** "variants.0.price" → "Harga (varian 1)"; an unknown key is left as it is rather than guessed. */
export function fieldLabel(path: string): string {
  const parts = path.split(".")
  const last = parts.findLast((part) => !/^\d+$/.test(part)) ?? path
  const index = parts.find((part) => /^\d+$/.test(part))
  const inVariant = parts[0] === "variants" && index !== undefined
  const name = inVariant && last === "title" ? VARIANT_TITLE : LABELS[last]
  if (!name) return path
  return inVariant && last !== "variants" ? `${name} (varian ${Number(index) + 1})` : name
}

/** A backend message "field: reason" with the field in the producer's words. */
export function withFieldLabel(message: string): string {
  const match = /^([a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)*): (.*)$/s.exec(message)
  return match ? `${fieldLabel(match[1])}: ${match[2]}` : message
}
