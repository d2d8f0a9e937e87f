import { readFileSync } from "node:fs"
import path from "node:path"
import { catalogueSeedSchema } from "./catalogue-schemas"
import { harvestsSeedSchema } from "./harvest-schemas"
import { storeSeedSchema } from "./schemas"

export const DATA_DIR = path.join(__dirname, "..", "data")

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(DATA_DIR, file), "utf8"))
}

/** Reads and validates every data file, so a broken file fails before anything is written. */
export function readSeedData() {
  const catalogue = catalogueSeedSchema.parse({
    places: readJson("places.json"),
    categories: readJson("categories.json"),
    producers: readJson("producers.json"),
    products: readJson("products.json"),
  })
  const productHandles = new Set(catalogue.products.map((product) => product.handle))
  return {
    store: storeSeedSchema.parse(readJson("store.json")),
    catalogue,
    harvests: harvestsSeedSchema(productHandles).parse(readJson("harvests.json")).harvests,
  }
}
