import { model } from "@medusajs/framework/utils"
import { Kecamatan } from "./kecamatan"

/** A village (desa) or urban village (kelurahan) with its Kemendagri code (35.01.01.2001). */
export const Desa = model.define("desa", {
  id: model.id({ prefix: "desa" }).primaryKey(),
  code: model.text().unique(),
  name: model.text().searchable(),
  handle: model.text().unique(),
  type: model.enum(["desa", "kelurahan"]),
  postal_code: model.text().nullable(),
  latitude: model.float().nullable(),
  longitude: model.float().nullable(),
  story: model.text(),
  image_url: model.text().nullable(),
  kecamatan: model.belongsTo(() => Kecamatan, { mappedBy: "desa" }),
})
