import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkReadiness } from "../../../lib/readiness"

/**
 * GET /health/ready: whether this server can serve buyers now. Medusa's own
 * /health only says the process answers. 200 when PostgreSQL and Redis (if
 * configured) answer, 503 naming what is down otherwise; a Meilisearch outage
 * is reported as `degraded` with a 200 (search answers 503, the rest serves).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const readiness = await checkReadiness({
    database: () => pg.raw("select 1"),
    redisUrl: projectConfig.redisUrl,
    meilisearchHost: process.env.MEILISEARCH_HOST || undefined,
  })
  res.setHeader("cache-control", "no-store")
  res.status(readiness.ready ? 200 : 503).json({ status: readiness.ready ? (readiness.degraded.length ? "degraded" : "ready") : "unavailable", ...readiness })
}
