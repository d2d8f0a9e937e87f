/**
 * The geometry of the village map: one dot per desa, grouped by kecamatan,
 * drawn as plain SVG on the server so the map needs no tiles, no internet and
 * no JavaScript. Coordinates come from the place module; a desa whose centroid
 * is unknown is placed on a sunflower spiral around its kecamatan's centroid,
 * so the map stays readable and becomes exact as real centroids are added.
 */

export type MapKecamatanInput = { handle: string; name: string; code: string; latitude: number | null; longitude: number | null }
export type MapDesaInput = {
  handle: string
  name: string
  code: string
  latitude: number | null
  longitude: number | null
  kecamatan: { handle: string }
  producer_count: number
}

export type MapDesa = { handle: string; name: string; x: number; y: number; kecamatan: string; producers: number; current: boolean; approximate: boolean }
export type MapKecamatan = {
  handle: string
  name: string
  x: number
  y: number
  radius: number
  label: { x: number; y: number; anchor: "start" | "middle" | "end" }
  current: boolean
}
export type VillageMapLayout = { width: number; height: number; desa: MapDesa[]; kecamatan: MapKecamatan[]; approximate: boolean }

/** viewBox units: at 360 px a unit is about 0.9 px, so sizes below read as pixels on a phone. */
export const MAP_WIDTH = 360
const PADDING = { x: 14, top: 30, bottom: 30 }
/** Spiral spacing: dots ~7 units apart, the closest a thumb can still tell apart. */
const SPIRAL = 3.9
export const LABEL_SIZE = 11
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))

const round = (value: number) => Math.round(value * 10) / 10

/** The n-th point of a sunflower spiral (even spacing, no grid look). */
function spiral(index: number) {
  const radius = SPIRAL * Math.sqrt(index + 0.5)
  return { dx: radius * Math.cos(index * GOLDEN_ANGLE), dy: radius * Math.sin(index * GOLDEN_ANGLE), radius }
}

type Box = { left: number; right: number; top: number; bottom: number }
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
/** System fonts average a little over half an em per letter. */
const textWidth = (text: string) => text.length * LABEL_SIZE * 0.58

export function layoutVillageMap(kecamatanRows: MapKecamatanInput[], desaRows: MapDesaInput[], currentKecamatan?: string): VillageMapLayout {
  const centred = kecamatanRows.filter((row) => row.latitude !== null && row.longitude !== null)
  const points = [...centred, ...desaRows.filter((row) => row.latitude !== null && row.longitude !== null)] as Array<{ latitude: number; longitude: number }>
  if (!points.length) {
    return { width: MAP_WIDTH, height: 0, desa: [], kecamatan: [], approximate: false }
  }
  const lats = points.map((point) => point.latitude)
  const lons = points.map((point) => point.longitude)
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)]
  // Equirectangular with the longitude shrunk by cos(latitude): true shapes this close to the equator.
  const squeeze = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  const biggest = Math.max(...centred.map((row) => desaRows.filter((desa) => desa.kecamatan.handle === row.handle).length), 1)
  const margin = spiral(biggest - 1).radius + 4
  const scale = (MAP_WIDTH - 2 * (PADDING.x + margin)) / Math.max((maxLon - minLon) * squeeze, 1e-6)
  const project = (latitude: number, longitude: number) => ({
    x: PADDING.x + margin + (longitude - minLon) * squeeze * scale,
    y: PADDING.top + margin + (maxLat - latitude) * scale,
  })
  const height = Math.ceil(PADDING.top + 2 * margin + (maxLat - minLat) * scale + PADDING.bottom)

  const desa: MapDesa[] = []
  const clusterRadius = new Map<string, number>()
  for (const kecamatan of centred) {
    const centre = project(kecamatan.latitude!, kecamatan.longitude!)
    const members = desaRows.filter((row) => row.kecamatan.handle === kecamatan.handle).sort((a, b) => a.code.localeCompare(b.code))
    let approximateIndex = 0
    let radius = 0
    for (const row of members) {
      const exact = row.latitude !== null && row.longitude !== null
      const point = exact
        ? project(row.latitude!, row.longitude!)
        : (() => {
            const { dx, dy } = spiral(approximateIndex++)
            return { x: centre.x + dx, y: centre.y + dy }
          })()
      radius = Math.max(radius, Math.hypot(point.x - centre.x, point.y - centre.y))
      desa.push({
        handle: row.handle,
        name: row.name,
        x: round(point.x),
        y: round(point.y),
        kecamatan: kecamatan.handle,
        producers: row.producer_count,
        current: kecamatan.handle === currentKecamatan,
        approximate: !exact,
      })
    }
    clusterRadius.set(kecamatan.handle, radius + 4)
  }

  // Labels: above the cluster, else below, left or right; the first place that
  // overlaps no other label and no cluster wins.
  const clusters: Box[] = centred.map((row) => {
    const { x, y } = project(row.latitude!, row.longitude!)
    const r = clusterRadius.get(row.handle)!
    return { left: x - r, right: x + r, top: y - r, bottom: y + r }
  })
  const placed: Box[] = []
  const kecamatan: MapKecamatan[] = centred.map((row, index) => {
    const { x, y } = project(row.latitude!, row.longitude!)
    const r = clusterRadius.get(row.handle)!
    const w = textWidth(row.name)
    const candidates = [
      { x, y: y - r - 3, anchor: "middle" as const },
      { x, y: y + r + LABEL_SIZE, anchor: "middle" as const },
      { x: x - r - 2, y: y + LABEL_SIZE / 3, anchor: "end" as const },
      { x: x + r + 2, y: y + LABEL_SIZE / 3, anchor: "start" as const },
    ]
    const boxOf = (candidate: (typeof candidates)[number]): Box => {
      const left = candidate.anchor === "middle" ? candidate.x - w / 2 : candidate.anchor === "end" ? candidate.x - w : candidate.x
      return { left, right: left + w, top: candidate.y - LABEL_SIZE, bottom: candidate.y + 2 }
    }
    const fits = (box: Box) => box.left >= 0 && box.right <= MAP_WIDTH && box.top >= 0 && box.bottom <= height
    const free = (box: Box) =>
      fits(box) && !placed.some((other) => overlaps(box, other)) && !clusters.some((cluster, other) => other !== index && overlaps(box, cluster))
    const label = candidates.find((candidate) => free(boxOf(candidate))) ?? candidates.find((candidate) => fits(boxOf(candidate))) ?? candidates[0]
    placed.push(boxOf(label))
    return {
      handle: row.handle,
      name: row.name,
      x: round(x),
      y: round(y),
      radius: round(r),
      label: { x: round(label.x), y: round(label.y), anchor: label.anchor },
      current: row.handle === currentKecamatan,
    }
  })

  return { width: MAP_WIDTH, height, desa, kecamatan, approximate: desa.some((row) => row.approximate) }
}
