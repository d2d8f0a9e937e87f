/** A line of a Snap transaction: Midtrans refuses one whose prices times quantities do not add up to the gross amount. */
export type SnapItem = { id: string; name: string; price: number; quantity: number }

/** Midtrans cuts item names at 50 characters; cut here, so what the buyer reads ends cleanly. */
const NAME_LIMIT = 50
const nameOf = (name: string) => (name.length > NAME_LIMIT ? `${name.slice(0, NAME_LIMIT - 1)}…` : name)

/**
 * The items a Snap page lists for a payment of `amount` rupiah: the order's lines
 * and its delivery as given, and, when those do not add up to the amount (a
 * discount, rounding of a fraction of a rupiah), one line for the difference, so
 * the buyer sees what they pay for and Midtrans accepts the total. Without lines,
 * one line for the whole order.
 */
export function snapItems(amount: number, lines: SnapItem[] = []): SnapItem[] {
  const items = lines
    .filter((line) => Number.isInteger(line.price) && Number.isInteger(line.quantity) && line.quantity > 0)
    .map((line) => ({ ...line, name: nameOf(line.name) }))
  if (!items.length) return [{ id: "pesanan", name: "Pesanan Pasar Desa", price: amount, quantity: 1 }]
  const difference = amount - items.reduce((sum, item) => sum + item.price * item.quantity, 0)
  return difference ? [...items, { id: "penyesuaian", name: difference < 0 ? "Potongan harga" : "Penyesuaian", price: difference, quantity: 1 }] : items
}
