import { PanelError, producerApi } from "./api.server"
import type { SalesReport } from "./sales-report"

/**
 * The report the address asks for; when the backend refuses its range (out of
 * order, too long), the same period's default range and the backend's message,
 * so the producer sees why rather than an error page.
 */
export async function loadSalesReport(
  token: string,
  query: { period: string; from?: string; to?: string }
): Promise<{ report: SalesReport; refused?: string }> {
  try {
    return { report: await producerApi<SalesReport>(token, "/producer/reports/sales", { query }) }
  } catch (error) {
    if (!(error instanceof PanelError) || error.status !== 400 || (!query.from && !query.to)) throw error
    return { report: await producerApi<SalesReport>(token, "/producer/reports/sales", { query: { period: query.period } }), refused: error.message }
  }
}
