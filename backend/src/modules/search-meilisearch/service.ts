import { MeilisearchSearchProviderService } from "@rokmohar/medusa-plugin-meilisearch/providers/meilisearch"

/** Whether an error, or any error it wraps, is Meilisearch's "index_not_found". */
function isIndexNotFound(error: unknown): boolean {
  for (let current = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; current && depth < 4; depth++) {
    if (current.code === "index_not_found") return true
    current = current.cause as typeof current
  }
  return false
}

/**
 * The Meilisearch plugin's provider, unchanged but for one thing: with a
 * custom `httpClient` (our keep-alive node:http transport) meilisearch-js wraps
 * every API error in a MeiliSearchRequestError, so the plugin no longer
 * recognises "index not found" when it creates an index. This recognises it
 * through the wrapper.
 */
export class KeepAliveMeilisearchProviderService extends MeilisearchSearchProviderService {
  protected override async retrieveIndex(index: string) {
    try {
      return await this.client_.getRawIndex(index)
    } catch (error) {
      if (isIndexNotFound(error)) return undefined
      throw error
    }
  }
}
