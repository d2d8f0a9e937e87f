import { searchFreshnessContract } from "../search/search-freshness-contract"
import { onMeilisearch } from "../search/meilisearch-server"

onMeilisearch("search freshness", () => searchFreshnessContract("Meilisearch"))
