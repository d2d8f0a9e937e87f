import type { Operation } from "./operation"

/** Routes outside /store, /admin and /producer: no key, no login. */
export const publicOperations: Operation[] = [
  {
    method: "GET",
    path: "/health/ready",
    auth: "public",
    summary: "Tells whether this server can serve buyers now",
    description:
      "Anyone (load balancers). 200 when PostgreSQL and Redis (if configured) answer, with `status` ready, or degraded when only Meilisearch is down (search answers 503, the rest serves); 503 with `status: unavailable` naming what is down otherwise. Medusa's own /health only says the process answers. Never cached.",
  },
  {
    method: "GET",
    path: "/metrics",
    auth: "public",
    summary: "The backend's Prometheus metrics",
    description:
      "For Prometheus, with `Authorization: Bearer <METRICS_TOKEN>`; 404 while METRICS_TOKEN is unset (metrics are not public), 401 with another token. Prometheus' text format: requests by route pattern (count and latency), checkout completions by outcome, requests in flight and checkouts waiting, the Redis event bus's backlog, and Node's process metrics (memory, CPU, event-loop lag, GC).",
    errors: { 401: "Another token.", 404: "METRICS_TOKEN is unset." },
  },
  {
    method: "GET",
    path: "/openapi.json",
    auth: "public",
    summary: "Serves this OpenAPI document",
    description:
      "Anyone. The OpenAPI 3.1 document of the custom routes (this one included), built from the same zod schemas the routes validate with. Medusa's own store and admin routes are documented by Medusa. Cacheable for an hour.",
  },
]
