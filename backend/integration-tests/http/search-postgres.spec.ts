import { productSearchContract } from "../search/product-search-contract"

// PostgreSQL is the engine whenever MEILISEARCH_HOST is unset.
delete process.env.MEILISEARCH_HOST
productSearchContract("PostgreSQL")
