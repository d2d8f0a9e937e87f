import type { HarvestInput } from "../../modules/harvest/rules"

/** One product's next harvest, as a producer (later, through their API) or the seed gives it. */
export type UpsertProductHarvestInput = HarvestInput & {
  product_id: string
  /** The day the date is checked against (YYYY-MM-DD); today in Pacitan when absent. */
  today?: string
}
