import StockLocationModule from "@medusajs/medusa/stock-location"
import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "../modules/producer"

/** Each producer keeps its stock at a stock location of its own. */
export default defineLink(ProducerModule.linkable.producer, StockLocationModule.linkable.stockLocation)
