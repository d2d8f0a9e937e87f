import type { IOrderModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { forecastPerItem } from "../../modules/harvest/preorder"
import { harvestOnShelf, preordersToCancel, type OpenOrder, type VariantShelf } from "../../modules/harvest/shortfall"

/** What a canceled pre-order's buyer is told. */
export type CanceledPreorder = { order_id: string; display_id: number; email: string | null; quantity: number; paid: boolean }

export type HarvestShortfall = {
  product_id: string
  title: string
  unit: string
  /** Latest placed first: the order they are canceled in. */
  cancel: CanceledPreorder[]
  /** Stock the harvest adds, at the producer's location. */
  additions: Array<{ inventory_item_id: string; location_id: string; adjustment: number }>
}

// The order module lists the rows that tie a line to its order, but its interface does not declare the method.
type OrderItemLister = { listOrderItems(filters: { item_id: string[] }, config: { select: string[] }): Promise<Array<{ order_id: string; item_id: string }>> }

/**
 * Reads a product's open orders and stock and decides, for a harvest of
 * `harvested` (in the harvest's unit), which pre-orders must be canceled
 * (modules/harvest/shortfall.ts) and what goes on the shelf. Changes nothing.
 * A product without a recorded harvest, or whose stock is not kept, is refused.
 */
export async function readHarvestShortfall(container: MedusaContainer, productId: string, harvested: number): Promise<HarvestShortfall> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "producer.stock_location.id",
      "product_harvest.id",
      "product_harvest.unit",
      "product_harvest.forecast_quantity",
      "variants.id",
      "variants.weight",
      "variants.manage_inventory",
      "variants.inventory_items.inventory_item_id",
      "variants.inventory_items.required_quantity",
    ],
    filters: { id: productId },
  })
  const product = data[0]
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Produk tidak ditemukan / product not found")
  const harvest = product.product_harvest
  if (!harvest) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Produk ini belum punya perkiraan panen: catat dulu tanggal dan perkiraan panennya / this product has no harvest to record"
    )
  }
  const stocked = (product.variants ?? []).flatMap((variant) => {
    const link = variant?.manage_inventory ? variant.inventory_items?.find(Boolean) : null
    return variant && link
      ? [{ variant_id: variant.id, inventory_item_id: link.inventory_item_id, items_per_unit: Number(link.required_quantity) || 1, weight: variant.weight }]
      : []
  })
  if (!stocked.length)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Stok produk ini tidak dicatat, jadi hasil panen tidak bisa ditaruh di rak / this product keeps no stock"
    )

  const inventory = container.resolve(Modules.INVENTORY)
  const itemIds = stocked.map((variant) => variant.inventory_item_id)
  const [levels, reservations] = await Promise.all([
    inventory.listInventoryLevels({ inventory_item_id: itemIds }),
    inventory.listReservationItems({ inventory_item_id: itemIds }),
  ])
  const shelves: VariantShelf[] = stocked.map((variant) => {
    const mine = levels.filter((level) => level.inventory_item_id === variant.inventory_item_id)
    const sum = (pick: (level: (typeof mine)[number]) => unknown) => mine.reduce((total, level) => total + Number(pick(level)), 0)
    return {
      variant_id: variant.variant_id,
      stocked: sum((level) => level.stocked_quantity) / variant.items_per_unit,
      reserved: sum((level) => level.reserved_quantity) / variant.items_per_unit,
      per_item: forecastPerItem(harvest.unit, variant.weight),
    }
  })

  const lineIds = [...new Set(reservations.flatMap((reservation) => (reservation.line_item_id ? [reservation.line_item_id] : [])))]
  const orderItems = lineIds.length
    ? await (container.resolve(Modules.ORDER) as IOrderModuleService & OrderItemLister).listOrderItems(
        { item_id: lineIds },
        { select: ["order_id", "item_id"] }
      )
    : []
  const orderIds = [...new Set(orderItems.map((row) => row.order_id))]
  const { data: orderRows } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: [
          "id",
          "display_id",
          "email",
          "status",
          "created_at",
          "items.id",
          "items.variant_id",
          "payment_collections.payments.captured_at",
          "payment_collections.payments.canceled_at",
        ],
        filters: { id: orderIds },
      })
    : { data: [] }
  const orders = orderRows.filter((order) => order.status !== "canceled")
  const variantOfItem = new Map(stocked.map((variant) => [variant.inventory_item_id, variant]))
  const open: OpenOrder[] = orders.map((order) => {
    const lines = new Set((order.items ?? []).flatMap((item) => (item ? [item.id] : [])))
    const items = reservations.flatMap((reservation) => {
      const variant = variantOfItem.get(reservation.inventory_item_id)
      return reservation.line_item_id && lines.has(reservation.line_item_id) && variant
        ? [{ variant_id: variant.variant_id, quantity: Number(reservation.quantity) / variant.items_per_unit }]
        : []
    })
    return { order_id: order.id, placed_at: order.created_at, items }
  })

  const plan = preordersToCancel(shelves, open, harvested)
  const byId = new Map(orders.map((order) => [order.id, order]))
  const cancel = plan.cancel.map((orderId): CanceledPreorder => {
    const order = byId.get(orderId)!
    const payments = (order.payment_collections ?? []).flatMap((collection) => (collection?.payments ?? []).flatMap((payment) => (payment ? [payment] : [])))
    return {
      order_id: order.id,
      // The order module's GraphQL schema, and so the generated type, calls display_id a string; the column is an integer.
      display_id: Number(order.display_id),
      email: order.email,
      quantity: open.find((entry) => entry.order_id === orderId)!.items.reduce((sum, item) => sum + item.quantity, 0),
      paid: payments.some((payment) => payment.captured_at && !payment.canceled_at),
    }
  })

  const producerLocation = product.producer?.stock_location?.id
  const additions = harvestOnShelf(plan.shelves, harvested).map(({ variant_id, add }) => {
    const variant = stocked.find((entry) => entry.variant_id === variant_id)!
    // The producer's own shelf; a product stocked elsewhere (seeded by a coordinator) uses its first location.
    const location = levels.find(
      (level) => level.inventory_item_id === variant.inventory_item_id && (!producerLocation || level.location_id === producerLocation)
    )?.location_id
    if (!location)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Stok produk ini belum diatur di lokasi produsen / no stock level at the producer's location")
    return { inventory_item_id: variant.inventory_item_id, location_id: location, adjustment: add * variant.items_per_unit }
  })
  return { product_id: product.id, title: product.title, unit: harvest.unit, cancel, additions }
}
