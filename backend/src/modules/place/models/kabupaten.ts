import { model } from "@medusajs/framework/utils"
import { Kecamatan } from "./kecamatan"

/** A regency (kabupaten), identified by its Kemendagri code such as 35.01 for Pacitan. */
export const Kabupaten = model.define("kabupaten", {
  id: model.id({ prefix: "kab" }).primaryKey(),
  code: model.text().unique(),
  name: model.text().searchable(),
  handle: model.text().unique(),
  province: model.text(),
  story: model.text(),
  image_url: model.text().nullable(),
  kecamatan: model.hasMany(() => Kecamatan, { mappedBy: "kabupaten" }),
})
