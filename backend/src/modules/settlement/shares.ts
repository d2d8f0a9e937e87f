/** One producer's part of an order: the order's line items of their products. */
export type ProducerPart = { producer_id: string; item_ids: string[] }
export type OrderLine = { id: string; total: number }

/**
 * What each producer is credited when `captured` rupiah of an order worth
 * `orderTotal` are captured: their lines' share of it, in whole rupiah. Delivery
 * is not theirs (it pays the courier or the centre), so a full capture credits
 * each producer exactly their lines' totals. A partial capture credits the same
 * fraction; the rupiah rounding leaves over go to the producers with the largest
 * remainders, so the credits never add up to more than the lines.
 */
export function producerShares(
  parts: ProducerPart[],
  lines: OrderLine[],
  captured: number,
  orderTotal: number
): Array<{ producer_id: string; amount: number }> {
  const totalOf = new Map(lines.map((line) => [line.id, Math.round(Number(line.total))]))
  const owed = parts.map((part) => ({ producer_id: part.producer_id, lines: part.item_ids.reduce((sum, id) => sum + (totalOf.get(id) ?? 0), 0) }))
  const fraction = orderTotal > 0 ? Math.min(1, captured / orderTotal) : 0
  if (fraction === 1) return owed.map(({ producer_id, lines: amount }) => ({ producer_id, amount })).filter((share) => share.amount > 0)
  const exact = owed.map(({ producer_id, lines: amount }) => ({ producer_id, exact: amount * fraction }))
  const shares = exact.map(({ producer_id, exact: value }) => ({ producer_id, amount: Math.floor(value), remainder: value - Math.floor(value) }))
  let left = Math.round(exact.reduce((sum, share) => sum + share.exact, 0)) - shares.reduce((sum, share) => sum + share.amount, 0)
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder)) {
    if (left <= 0) break
    share.amount += 1
    left -= 1
  }
  return shares.map(({ producer_id, amount }) => ({ producer_id, amount })).filter((share) => share.amount > 0)
}
