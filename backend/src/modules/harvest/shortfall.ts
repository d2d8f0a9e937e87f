/**
 * When the real harvest falls short of what was pre-ordered. Pre-orders are
 * served in the order they were placed: the orders placed last are canceled
 * first, whole (never a line cut down), one after another until what is still
 * pre-ordered fits in the harvest. An earlier order is never canceled to save
 * a later one, even when canceling it alone would have been enough: the buyer
 * who ordered first keeps their place.
 */
import { preorderedItems, roundForecast } from "./preorder"

/** One variant's stock, summed over its locations, and how much of the harvest's unit one of its items takes. */
export type VariantShelf = { variant_id: string; stocked: number; reserved: number; per_item: number }

/** An open order's reserved items of the product, by variant. */
export type OpenOrder = { order_id: string; placed_at: string | Date; items: Array<{ variant_id: string; quantity: number }> }

/** What is still pre-ordered beyond the shelf, in the harvest's unit. */
export const preorderedAmount = (shelves: VariantShelf[]) =>
  roundForecast(shelves.reduce((sum, shelf) => sum + preorderedItems(shelf.stocked, shelf.reserved) * shelf.per_item, 0))

/** The orders to cancel, latest placed first (ties by id, so two runs agree), and the shelves as they are once they are gone. */
export function preordersToCancel(shelves: VariantShelf[], orders: OpenOrder[], harvested: number): { cancel: string[]; shelves: VariantShelf[] } {
  let current = shelves.map((shelf) => ({ ...shelf }))
  const latestFirst = [...orders].sort((a, b) => new Date(b.placed_at).getTime() - new Date(a.placed_at).getTime() || b.order_id.localeCompare(a.order_id))
  const cancel: string[] = []
  for (const order of latestFirst) {
    if (preorderedAmount(current) <= harvested) break
    cancel.push(order.order_id)
    current = current.map((shelf) => ({
      ...shelf,
      reserved: shelf.reserved - order.items.filter((item) => item.variant_id === shelf.variant_id).reduce((sum, item) => sum + item.quantity, 0),
    }))
  }
  return { cancel, shelves: current }
}

/**
 * How many items of each variant the harvest puts on the shelf: first what
 * each variant's kept pre-orders need, then what is left as items of the first
 * variant (a producer moves it between packs on the stock page). Only whole
 * items: a remainder smaller than one item stays off the shelf.
 */
export function harvestOnShelf(shelves: VariantShelf[], harvested: number): Array<{ variant_id: string; add: number }> {
  const additions = shelves.map((shelf) => ({ variant_id: shelf.variant_id, add: preorderedItems(shelf.stocked, shelf.reserved) }))
  const used = shelves.reduce((sum, shelf, index) => sum + additions[index].add * shelf.per_item, 0)
  const left = roundForecast(harvested - used)
  if (additions.length && left > 0) additions[0].add += Math.floor(roundForecast(left / shelves[0].per_item))
  return additions.filter((addition) => addition.add > 0)
}
