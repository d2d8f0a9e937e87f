import { searchFreshnessContract } from "../search/search-freshness-contract"

// PostgreSQL is the engine whenever MEILISEARCH_HOST is unset.
delete process.env.MEILISEARCH_HOST
searchFreshnessContract("PostgreSQL")
