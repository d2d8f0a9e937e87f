import UserModule from "@medusajs/medusa/user"
import { defineLink } from "@medusajs/framework/utils"
import PlaceModule from "../modules/place"

/** A coordinator's territory: the kecamatan they curate. A coordinator with none curates everywhere. */
export default defineLink({ linkable: UserModule.linkable.user, isList: true }, { linkable: PlaceModule.linkable.kecamatan, isList: true })
