import { model } from "@medusajs/framework/utils"

/**
 * A number that goes up whenever something a buyer sees in the catalogue
 * changes (products, prices, stock, curation, producers). Storefronts keep
 * rendered pages while it stays the same. One row, shared by every server and
 * worker through the database.
 */
export const CatalogueRevision = model.define("catalogue_revision", {
  id: model.text().primaryKey(),
  revision: model.number().default(0),
})
