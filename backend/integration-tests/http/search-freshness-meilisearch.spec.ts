import { searchFreshnessContract } from "../search/search-freshness-contract"
import { findMeilisearchBinary, type RunningMeilisearch, startMeilisearch } from "../search/meilisearch-server"

const found = findMeilisearchBinary()

if ("missing" in found) {
  describe.skip(`search freshness on Meilisearch (skipped: ${found.missing})`, () => {
    it("needs the meilisearch binary", () => {})
  })
} else {
  let meilisearch: RunningMeilisearch | undefined
  // Registered before the runner's own hooks, so the backend boots with MEILISEARCH_HOST set.
  beforeAll(async () => {
    meilisearch = await startMeilisearch(found.binary)
    process.env.MEILISEARCH_HOST = meilisearch.host
    process.env.MEILISEARCH_API_KEY = meilisearch.apiKey
  })
  afterAll(async () => {
    await meilisearch?.stop()
  })
  searchFreshnessContract("Meilisearch")
}
