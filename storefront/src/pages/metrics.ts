import type { APIRoute } from "astro"
import { METRICS_TOKEN } from "astro:env/server"
import { timingSafeEqual } from "node:crypto"
import { register } from "prom-client"
import { storefrontMetrics } from "../lib/metrics.server"

const sameToken = (given: string, expected: string) => given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))

/** GET /metrics: Prometheus' text format for the bearer of METRICS_TOKEN; 404 while it is unset, as the page would not exist. */
export const GET: APIRoute = async ({ request }) => {
  if (!METRICS_TOKEN) return new Response("Tidak ditemukan.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } })
  const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? ""
  if (!sameToken(given, METRICS_TOKEN)) return new Response("Token metrik salah.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } })
  storefrontMetrics()
  return new Response(await register.metrics(), { headers: { "content-type": register.contentType, "cache-control": "no-store" } })
}
