import { defineLink } from "@medusajs/framework/utils"
import PlaceModule from "../modules/place"
import ProducerModule from "../modules/producer"

/** A producer works in one desa; a desa has many producers (producer.desa, desa.producers). */
export default defineLink({ linkable: ProducerModule.linkable.producer, isList: true }, PlaceModule.linkable.desa)
