import { Module } from "@medusajs/framework/utils"
import PlaceModuleService from "./service"

/** Places: kabupaten → kecamatan → desa, the way buyers find where food comes from. */
export const PLACE_MODULE = "place"

export default Module(PLACE_MODULE, { service: PlaceModuleService })
