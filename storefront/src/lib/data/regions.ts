import { medusa } from "../medusa"

let indonesiaRegionId: Promise<string> | undefined

/** Prices are shown for the rupiah region; its id is looked up once per server. */
export function getRupiahRegionId(): Promise<string> {
  indonesiaRegionId ??= medusa.store.region
    .list({ fields: "id,currency_code", limit: 50 })
    .then(({ regions }) => {
      const region = regions.find((candidate) => candidate.currency_code === "idr")
      if (!region) {
        throw new Error("The backend has no region in IDR")
      }
      return region.id
    })
    .catch((error) => {
      indonesiaRegionId = undefined
      throw error
    })
  return indonesiaRegionId
}
