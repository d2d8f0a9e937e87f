import { Modules } from "@medusajs/framework/utils"
import { keepAliveHttpClient } from "./search/meilisearch-http-client"
import type { BackendEnv } from "./env"

export const SEARCH_PROVIDER = { POSTGRES: "search-postgres", MEILISEARCH: "meilisearch" } as const

/** The search provider the product index uses with this environment. */
export function activeSearchProvider(env: Pick<BackendEnv, "MEILISEARCH_HOST">) {
  return env.MEILISEARCH_HOST ? SEARCH_PROVIDER.MEILISEARCH : SEARCH_PROVIDER.POSTGRES
}

/**
 * The Search Module and what it needs. PostgreSQL (language "simple", created
 * by the search-support migration) serves by default; with MEILISEARCH_HOST,
 * Meilisearch serves and PostgreSQL stays registered so switching engines can
 * drop the other engine's indexes during `db:migrate`.
 */
export function searchModules(env: BackendEnv) {
  const postgres = { resolve: "./src/modules/search-postgres", id: "postgres", options: { language: "simple" } }
  const meilisearch = env.MEILISEARCH_HOST
    ? {
        resolve: "./src/modules/search-meilisearch",
        id: "meilisearch",
        options: {
          config: {
            host: env.MEILISEARCH_HOST,
            apiKey: env.MEILISEARCH_API_KEY,
            httpClient: keepAliveHttpClient(),
            // The client gives up on an index task after 5 s by default; a large batch on a
            // busy machine takes longer, and giving up fails the whole reindex.
            defaultWaitOptions: { timeout: 60_000 },
          },
          // Seeding waits for each batch to land; the default 500 ms poll made a reindex mostly waiting.
          task_polling_interval_ms: 50,
        },
      }
    : undefined
  return [
    { resolve: "./src/modules/search-support" },
    {
      key: Modules.SEARCH,
      resolve: "@medusajs/medusa/search",
      options: {
        providers: meilisearch ? [postgres, meilisearch] : [postgres],
        default_provider: activeSearchProvider(env),
        reindex: { batch_size: 1000 },
      },
    },
  ]
}
