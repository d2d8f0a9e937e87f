// The stock provider's one migration (extensions and its catalog table), under
// its own name so databases that ran it from the stock provider skip it.
// eslint-disable-next-line @medusajs/import-from-framework-not-internal -- extends the stock provider, which has no public entry for this
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
