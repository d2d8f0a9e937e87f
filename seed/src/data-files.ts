import { readFileSync } from "node:fs"
import path from "node:path"
import { demoCatalogueSchema, storeSeedSchema } from "./schemas"

const DATA_DIR = path.join(__dirname, "..", "data")

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(DATA_DIR, file), "utf8"))
}

/** Reads and validates the data files, so a broken file fails before anything is written. */
export function readSeedData() {
  return {
    store: storeSeedSchema.parse(readJson("store.json")),
    catalogue: demoCatalogueSchema.parse(readJson("demo-products.json")),
  }
}
