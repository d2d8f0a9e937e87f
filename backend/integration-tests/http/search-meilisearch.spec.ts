import { productSearchContract } from "../search/product-search-contract"
import { onMeilisearch } from "../search/meilisearch-server"

onMeilisearch("product search", () => productSearchContract("Meilisearch"))
