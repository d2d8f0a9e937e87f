import { describe, expect, it } from "vitest"
import { layoutVillageMap, MAP_WIDTH, type MapDesaInput, type MapKecamatanInput } from "./village-map"

const kecamatan: MapKecamatanInput[] = [
  { handle: "donorojo", name: "Donorojo", code: "35.01.01", latitude: -8.14049, longitude: 110.94607 },
  { handle: "sudimoro", name: "Sudimoro", code: "35.01.12", latitude: -8.22335, longitude: 111.37564 },
]
const desa = (kecamatanHandle: string, count: number, withProducers = 0): MapDesaInput[] =>
  Array.from({ length: count }, (_, index) => ({
    handle: `${kecamatanHandle}-${index}`,
    name: `Desa ${index}`,
    code: `${kecamatanHandle}.${String(index).padStart(4, "0")}`,
    latitude: null,
    longitude: null,
    kecamatan: { handle: kecamatanHandle },
    producer_count: index < withProducers ? 2 : 0,
  }))

describe("the village map layout", () => {
  const rows = [...desa("donorojo", 12, 3), ...desa("sudimoro", 10)]

  it("draws every desa inside the viewBox, west to east as on the ground", () => {
    const map = layoutVillageMap(kecamatan, rows)
    expect(map.desa).toHaveLength(22)
    for (const dot of map.desa) {
      expect(dot.x).toBeGreaterThan(0)
      expect(dot.x).toBeLessThan(MAP_WIDTH)
      expect(dot.y).toBeGreaterThan(0)
      expect(dot.y).toBeLessThan(map.height)
    }
    const [west, east] = map.kecamatan
    expect(west.x).toBeLessThan(east.x)
    expect(west.y).toBeLessThan(east.y)
  })

  it("keeps the desa of a kecamatan apart from each other, around its centre", () => {
    const map = layoutVillageMap(kecamatan, rows)
    const donorojo = map.desa.filter((dot) => dot.kecamatan === "donorojo")
    for (const [index, a] of donorojo.entries()) {
      for (const b of donorojo.slice(index + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(5)
    }
    const centre = map.kecamatan[0]
    expect(donorojo.every((dot) => Math.hypot(dot.x - centre.x, dot.y - centre.y) <= centre.radius)).toBe(true)
    expect(map.approximate).toBe(true)
  })

  it("uses a desa's own centroid when the place module has one", () => {
    const exact = { ...rows[0], latitude: -8.2, longitude: 111.0 }
    const map = layoutVillageMap(kecamatan, [exact, ...rows.slice(1)])
    const dot = map.desa.find((row) => row.handle === exact.handle)!
    expect(dot.approximate).toBe(false)
    expect(map.desa.find((row) => row.handle === rows[1].handle)!.approximate).toBe(true)
  })

  it("marks the desa of the highlighted kecamatan, and only those", () => {
    const map = layoutVillageMap(kecamatan, rows, "sudimoro")
    expect(map.desa.filter((dot) => dot.current).map((dot) => dot.kecamatan)).toEqual(Array(10).fill("sudimoro"))
    expect(map.kecamatan.map((row) => row.current)).toEqual([false, true])
  })
})
