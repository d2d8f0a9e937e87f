import { csvRows } from "../../../../backend/src/lib/text/csv-field"
import { wibMonthBounds } from "../../../../backend/src/lib/settlement/statement-month"
import { KIND_LABELS, type MonthlyStatement } from "./statement"

/** "2026-12-01 01:00", in WIB: a spreadsheet sorts and reads it as a date. */
const wibStamp = (instant: Date) => new Date(instant.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 16).replace("T", " ")

/**
 * The statement as a spreadsheet: one row per entry between the opening balance
 * (the month's first day) and the closing one (its last day), amounts in whole
 * rupiah with debits negative. What producers typed can start with = or +, so
 * every text field goes through the same defusing as the bank's transfer file.
 */
export function statementCsv(statement: MonthlyStatement): string {
  const { start, end } = wibMonthBounds(statement.month)
  return csvRows([
    ["tanggal", "jenis", "pesanan", "keterangan", "jumlah"],
    [wibStamp(start).slice(0, 10), "Saldo awal", "", "", statement.opening_balance],
    ...statement.entries.map((entry) => [
      wibStamp(new Date(entry.created_at)),
      KIND_LABELS[entry.kind],
      entry.order_display_id === null ? "" : `#${entry.order_display_id}`,
      entry.note ?? "",
      entry.amount,
    ]),
    [wibStamp(new Date(end.getTime() - 1)).slice(0, 10), "Saldo akhir", "", "", statement.closing_balance],
  ])
}

/** `saldo-kopi-gemaharjo-2026-12.csv`: the producer's handle (their id when it has none), kept to what any file system takes. */
export const statementFileName = (producer: { handle?: string | null; id: string }, month: string) =>
  `saldo-${(producer.handle || producer.id).toLowerCase().replace(/[^a-z0-9_-]+/g, "-")}-${month}.csv`
