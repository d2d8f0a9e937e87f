import { medusa } from "../medusa"
import { listKecamatan, type KecamatanSummary, type VillageSummary } from "./catalogue"

/**
 * Every desa of Pacitan with its centroid (when known) and producer count, and
 * every kecamatan with its centroid: what the village map draws. A page that
 * already holds the kecamatan list passes it in.
 */
export async function loadVillageMapData(known?: KecamatanSummary[]) {
  const [kecamatan, { villages }] = await Promise.all([
    known ?? listKecamatan(),
    medusa.client.fetch<{ villages: Array<VillageSummary & { code: string }> }>("/store/villages"),
  ])
  return { kecamatan, villages }
}

export type VillageMapData = Awaited<ReturnType<typeof loadVillageMapData>>
