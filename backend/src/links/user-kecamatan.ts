import UserModule from "@medusajs/medusa/user"
import { defineLink } from "@medusajs/framework/utils"
import PlaceModule from "../modules/place"

/** A kecamatan coordinator's territory: the kecamatan they work in (a head coordinator has none and works everywhere; see modules/coordinator/roles.ts). */
export default defineLink({ linkable: UserModule.linkable.user, isList: true }, { linkable: PlaceModule.linkable.kecamatan, isList: true })
