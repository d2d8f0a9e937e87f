import { model } from "@medusajs/framework/utils"

/**
 * One distinct word of the PostgreSQL product index with the number of
 * products holding it. A pg_trgm GIN index on `word` (see the migration) lets a
 * misspelled query word find its closest real word without scanning products.
 */
export const SearchWord = model.define("search_word", {
  word: model.text().primaryKey(),
  ndoc: model.number().default(0),
})
