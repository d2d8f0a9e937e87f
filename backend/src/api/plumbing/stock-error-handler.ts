import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { stockLeftMessage } from "../../lib/harvest/preorder-capacity"

/**
 * Our cart checks read the stock before Medusa reserves it, so when buyers
 * race for the last units the loser is refused by Medusa's reservation, in
 * English and naming an inventory item id. This handler gives that refusal
 * (still a 400) the message our own check gives: the product, what is left.
 * Every other error goes to Medusa's handler unchanged.
 */
const MEDUSA_OUT_OF_STOCK = /^Not enough stock available for item (iitem_\w+) at location/
const medusaHandler = errorHandler()

async function describeShortage(container: MedusaContainer, inventoryItemId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant_inventory_item",
    fields: ["required_quantity", "variant.title", "variant.product.title"],
    filters: { inventory_item_id: inventoryItemId },
  })
  const link = data[0]
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId })
  const onHand = levels.reduce((sum, level) => sum + Number(level.stocked_quantity) - Number(level.reserved_quantity), 0)
  const left = Math.max(0, Math.floor(onHand / (Number(link?.required_quantity) || 1)))
  const name = link?.variant ? `${link.variant.product?.title ?? ""} · ${link.variant.title}` : inventoryItemId
  return stockLeftMessage(name, left)
}

export const stockErrorHandler: MedusaErrorHandlerFunction = async (error, req, res, next) => {
  const inventoryItemId = typeof error?.message === "string" ? error.message.match(MEDUSA_OUT_OF_STOCK)?.[1] : undefined
  if (inventoryItemId) {
    try {
      error.message = await describeShortage(req.scope, inventoryItemId)
    } catch {
      error.message = "Stok habis / out of stock"
    }
  }
  return medusaHandler(error, req, res, next)
}
