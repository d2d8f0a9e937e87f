import { MedusaService } from "@medusajs/framework/utils"
import { Desa } from "./models/desa"
import { Kabupaten } from "./models/kabupaten"
import { Kecamatan } from "./models/kecamatan"

export default class PlaceModuleService extends MedusaService({ Kabupaten, Kecamatan, Desa }) {}
