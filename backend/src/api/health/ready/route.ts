import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkReadiness, type Readiness } from "../../../lib/readiness"

/**
 * The route needs no login (load balancers ask it), so a flood of probes must
 * not become a flood of connections: every probe within a second of a check
 * gets that check's answer.
 */
const SHARED_FOR_MS = 1_000
let lastCheck: { startedAt: number; readiness: Promise<Readiness> } | undefined

/**
 * GET /health/ready: whether this server can serve buyers now. Medusa's own
 * /health only says the process answers. 200 when PostgreSQL and Redis (if
 * configured) answer, 503 naming what is down otherwise; a Meilisearch outage
 * is reported as `degraded` with a 200 (search answers 503, the rest serves).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  if (!lastCheck || Date.now() - lastCheck.startedAt >= SHARED_FOR_MS) {
    const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    lastCheck = {
      startedAt: Date.now(),
      readiness: checkReadiness({
        database: () => pg.raw("select 1"),
        redisUrl: projectConfig.redisUrl,
        meilisearchHost: process.env.MEILISEARCH_HOST || undefined,
      }),
    }
  }
  const readiness = await lastCheck.readiness
  res.setHeader("cache-control", "no-store")
  res.status(readiness.ready ? 200 : 503).json({ status: readiness.ready ? (readiness.degraded.length ? "degraded" : "ready") : "unavailable", ...readiness })
}
