import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { timingSafeEqual } from "node:crypto"
import { register } from "prom-client"
import { readBackendEnv } from "../../lib/env"
import { backendMetrics } from "../../lib/metrics/backend-metrics"

const sameToken = (given: string, expected: string) => given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))

/**
 * GET /metrics: Prometheus' text format, for the bearer of METRICS_TOKEN only.
 * Without a token set the route does not exist (404): request counts by route
 * tell an outsider more than they should.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const expected = readBackendEnv(process.env).METRICS_TOKEN
  if (!expected) {
    res.status(404).json({ type: "not_found", message: "Tidak ditemukan / not found" })
    return
  }
  const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? ""
  if (!sameToken(given, expected)) {
    res.status(401).json({ type: "unauthorized", message: "Token metrik salah / wrong metrics token" })
    return
  }
  backendMetrics()
  res.setHeader("content-type", register.contentType)
  res.setHeader("cache-control", "no-store")
  res.send(await register.metrics())
}
