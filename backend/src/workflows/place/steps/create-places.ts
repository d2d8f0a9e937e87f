import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLACE_MODULE } from "../../../modules/place"
import type PlaceModuleService from "../../../modules/place/service"

export type PlaceInput = {
  kabupaten: { code: string; name: string; handle: string; province: string; story: string; image_url?: string | null }
  kecamatan: Array<{
    code: string
    name: string
    handle: string
    latitude: number | null
    longitude: number | null
    story: string
    image_url?: string | null
    desa: Array<{
      code: string
      name: string
      handle: string
      type: "desa" | "kelurahan"
      postal_code: string | null
      latitude: number | null
      longitude: number | null
      story: string
      image_url?: string | null
    }>
  }>
}

type Created = { kabupaten: string[]; kecamatan: string[]; desa: string[] }

export const createPlacesStepId = "create-places"

/** Creates the kabupaten, kecamatan and desa that do not exist yet (matched by Kemendagri code). */
export const createPlacesStep = createStep(
  createPlacesStepId,
  async (input: PlaceInput, { container }) => {
    const service: PlaceModuleService = container.resolve(PLACE_MODULE)
    const created: Created = { kabupaten: [], kecamatan: [], desa: [] }
    let [kabupaten] = await service.listKabupatens({ code: input.kabupaten.code })
    if (!kabupaten) {
      kabupaten = await service.createKabupatens(input.kabupaten)
      created.kabupaten.push(kabupaten.id)
    }
    const existingKecamatan = new Map((await service.listKecamatans({}, { take: null })).map((row) => [row.code, row.id]))
    const existingDesa = new Set((await service.listDesas({}, { take: null, select: ["code"] })).map((row) => row.code))
    for (const { desa, ...kecamatan } of input.kecamatan) {
      let kecamatanId = existingKecamatan.get(kecamatan.code)
      if (!kecamatanId) {
        kecamatanId = (await service.createKecamatans({ ...kecamatan, kabupaten_id: kabupaten.id })).id
        created.kecamatan.push(kecamatanId)
      }
      const missing = desa.filter((row) => !existingDesa.has(row.code))
      if (missing.length) {
        const rows = await service.createDesas(missing.map((row) => ({ ...row, kecamatan_id: kecamatanId })))
        created.desa.push(...rows.map((row) => row.id))
      }
    }
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const service: PlaceModuleService = container.resolve(PLACE_MODULE)
    await service.deleteDesas(created.desa)
    await service.deleteKecamatans(created.kecamatan)
    await service.deleteKabupatens(created.kabupaten)
  }
)
