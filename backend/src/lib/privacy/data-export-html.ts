const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")

const SECTION_TITLES: Record<string, string> = {
  customers: "Akun pembeli",
  orders: "Pesanan",
  carts: "Keranjang",
  notifications: "Pesan yang dikirim",
  payments_received: "Pembayaran yang dicatat koordinator",
  transfer_receipts: "Foto bukti transfer",
  reviews: "Ulasan produk",
  stock_alerts: "Menunggu produk tersedia lagi",
  producer: "Data produsen",
  products: "Produk",
  producer_orders: "Pesanan yang diterima",
  settlement: "Saldo dan catatan pembayaran",
  payout_account: "Rekening pembayaran",
}

/** A value as one cell: objects and lists nested as their own small tables. */
function cell(value: unknown): string {
  if (value === null || value === undefined || value === "") return "–"
  if (Array.isArray(value)) return value.length ? value.map((item) => `<div class="item">${cell(item)}</div>`).join("") : "–"
  if (value instanceof Date) return escapeHtml(value.toISOString())
  if (typeof value === "object") return table(value as Record<string, unknown>)
  return escapeHtml(String(value))
}

const table = (row: Record<string, unknown>) =>
  `<table>${Object.entries(row)
    .map(([key, value]) => `<tr><th>${escapeHtml(key)}</th><td>${cell(value)}</td></tr>`)
    .join("")}</table>`

/**
 * The export as a page a person can read and print (the JSON is for
 * machines): each kind of record under an Indonesian heading, every field in
 * a table, every value escaped.
 */
export function dataExportHtml(title: string, data: Record<string, unknown>) {
  const sections = Object.entries(data)
    .filter(([key]) => key !== "subject" && key !== "generated_at")
    .map(([key, value]) => {
      const rows = Array.isArray(value) ? value : [value]
      const body = rows.length && value ? rows.map((row) => cell(row)).join("") : "<p>Tidak ada.</p>"
      return `<section><h2>${escapeHtml(SECTION_TITLES[key] ?? key)} (${Array.isArray(value) ? value.length : value ? 1 : 0})</h2>${body}</section>`
    })
    .join("")
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#1b1f1d}table{border-collapse:collapse;margin:.25rem 0 .75rem}th,td{border:1px solid #c8d0cb;padding:.2rem .5rem;text-align:left;vertical-align:top}th{background:#eef3ef;font-weight:600}.item{margin-bottom:.5rem}@media print{body{margin:0}}</style></head>
<body><h1>${escapeHtml(title)}</h1><p>Dibuat ${escapeHtml(String(data.generated_at ?? ""))} oleh Pusat OK OCE Pacitan atas permintaan pemilik data (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi).</p>${sections}</body></html>`
}
