import type { APIRoute } from "astro"
import { producerApi, type Me } from "../../lib/panel/api.server"
import { loadOrSignIn, requireToken } from "../../lib/panel/guard.server"
import { NO_STORE } from "../../lib/panel/session.server"
import { salesCsv, salesFileName, salesQueryOf } from "../../lib/panel/sales-report"
import { loadSalesReport } from "../../lib/panel/sales-report.server"

/** GET /panel/laporan.csv?periode=minggu&dari=&sampai=: the sales report the page shows, as a spreadsheet download. */
export const GET: APIRoute = async (context) => {
  const token = requireToken(context)
  if (token instanceof Response) return token
  const query = salesQueryOf(context.url.searchParams)
  const loaded = await loadOrSignIn(context, () => Promise.all([producerApi<{ producer: Me }>(token, "/producer/me"), loadSalesReport(token, query)]))
  if (loaded instanceof Response) return loaded
  const [{ producer }, { report }] = loaded
  return new Response(salesCsv(report), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${salesFileName(producer, report)}"`,
      ...NO_STORE,
    },
  })
}
