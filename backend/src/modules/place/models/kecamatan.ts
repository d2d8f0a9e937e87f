import { model } from "@medusajs/framework/utils"
import { Desa } from "./desa"
import { Kabupaten } from "./kabupaten"

/** A district (kecamatan) with its Kemendagri code (35.01.01) and the centroid of its boundary. */
export const Kecamatan = model.define("kecamatan", {
  id: model.id({ prefix: "kec" }).primaryKey(),
  code: model.text().unique(),
  name: model.text().searchable(),
  handle: model.text().unique(),
  latitude: model.float().nullable(),
  longitude: model.float().nullable(),
  story: model.text(),
  image_url: model.text().nullable(),
  kabupaten: model.belongsTo(() => Kabupaten, { mappedBy: "kecamatan" }),
  desa: model.hasMany(() => Desa, { mappedBy: "kecamatan" }),
})
