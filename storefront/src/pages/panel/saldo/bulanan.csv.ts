import type { APIRoute } from "astro"
import { producerApi, type Me } from "../../../lib/panel/api.server"
import { loadOrSignIn, requireToken } from "../../../lib/panel/guard.server"
import { NO_STORE } from "../../../lib/panel/session.server"
import { monthOrCurrent, type MonthlyStatement } from "../../../lib/panel/statement"
import { statementCsv, statementFileName } from "../../../lib/panel/statement-csv"

/** GET /panel/saldo/bulanan.csv?bulan=2026-12: the month's statement as a spreadsheet download, for the producer's own books. */
export const GET: APIRoute = async (context) => {
  const token = requireToken(context)
  if (token instanceof Response) return token
  const month = monthOrCurrent(context.url.searchParams.get("bulan"))
  const loaded = await loadOrSignIn(context, () =>
    Promise.all([
      producerApi<{ producer: Me }>(token, "/producer/me"),
      producerApi<MonthlyStatement>(token, "/producer/settlement/statement", { query: { month } }),
    ])
  )
  if (loaded instanceof Response) return loaded
  const [{ producer }, statement] = loaded
  return new Response(statementCsv(statement), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${statementFileName(producer, month)}"`,
      ...NO_STORE,
    },
  })
}
