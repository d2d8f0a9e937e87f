import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPlacesWorkflow } from "@pasar-desa/backend/src/workflows/place/create-places"
import type { PlacesSeed } from "./catalogue-schemas"
import { placeSvg, uploadSvgs } from "./images"

const KECAMATAN_COLOR = "#1f6f43"
const DESA_COLOR = "#2f5d7c"

/**
 * Pacitan's kecamatan and desa; existing ones (by Kemendagri code) are kept,
 * and only new ones get a picture drawn. Returns desa ids by code.
 */
export async function seedPlaces(container: MedusaContainer, places: PlacesSeed) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const known = async (entity: string) => new Set((await query.graph({ entity, fields: ["code"] })).data.map((row: { code: string }) => row.code))
  const [knownKecamatan, knownDesa] = [await known("kecamatan"), await known("desa")]

  const newPlaces = places.kecamatan.flatMap((kecamatan) => [
    ...(knownKecamatan.has(kecamatan.code) ? [] : [{ code: kecamatan.code, svg: placeSvg(kecamatan.name, "Kecamatan", KECAMATAN_COLOR) }]),
    ...kecamatan.desa
      .filter((desa) => !knownDesa.has(desa.code))
      .map((desa) => ({ code: desa.code, svg: placeSvg(desa.name, `${desa.type === "desa" ? "Desa" : "Kelurahan"}, ${kecamatan.name}`, DESA_COLOR) })),
  ])
  const urls = await uploadSvgs(
    container,
    newPlaces.map((place) => ({ name: `tempat-${place.code.replace(/\./g, "-")}`, svg: place.svg }))
  )
  const imageByCode = new Map(newPlaces.map((place, index) => [place.code, urls[index]]))

  const { result } = await createPlacesWorkflow(container).run({
    input: {
      kabupaten: places.kabupaten,
      kecamatan: places.kecamatan.map(({ lat, lon, desa, ...kecamatan }) => ({
        ...kecamatan,
        latitude: lat,
        longitude: lon,
        image_url: imageByCode.get(kecamatan.code) ?? null,
        desa: desa.map(({ lat: latitude, lon: longitude, ...row }) => ({ ...row, latitude, longitude, image_url: imageByCode.get(row.code) ?? null })),
      })),
    },
  })
  const { data } = await query.graph({ entity: "desa", fields: ["id", "code"] })
  return { created: result.desa.length, desaIdByCode: new Map(data.map((desa: { id: string; code: string }) => [desa.code, desa.id])) }
}
