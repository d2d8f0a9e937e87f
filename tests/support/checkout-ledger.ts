import pg from "pg"

/**
 * What the database says about a set of buyers' checkouts, read straight from
 * PostgreSQL so that nothing the API might hide (an order linked to no cart, a
 * reservation for nobody) goes unseen.
 */
export type CheckoutLedger = {
  /** Every order of these carts that is not canceled, per cart. */
  openOrdersByCart: Map<string, string[]>
  /** Orders of these buyers that are not canceled and belong to no cart. */
  openOrdersWithoutCart: string[]
  /** Open order lines of these buyers whose live reservations do not add up to the line's quantity. */
  linesReservedWrongly: Array<{ line_id: string; quantity: number; reserved: number }>
  /** Live reservations of these items whose order line belongs to no open order. */
  reservationsForNobody: string[]
  /** Per inventory item: reserved quantity on its levels, and the sum of its live reservations. */
  reserved: Map<string, { onLevels: number; inReservations: number }>
}

export async function withDatabase<T>(databaseUrl: string, read: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await read(client)
  } finally {
    await client.end()
  }
}

export async function readCheckoutLedger(
  client: pg.Client,
  { cartIds, emailPattern, inventoryItemIds }: { cartIds: string[]; emailPattern: string; inventoryItemIds: string[] }
): Promise<CheckoutLedger> {
  const linked = await client.query(
    `select oc.cart_id, o.id from order_cart oc join "order" o on o.id = oc.order_id
     where oc.deleted_at is null and o.deleted_at is null and o.status <> 'canceled' and oc.cart_id = any($1)`,
    [cartIds]
  )
  const openOrdersByCart = new Map<string, string[]>()
  for (const row of linked.rows) openOrdersByCart.set(row.cart_id, [...(openOrdersByCart.get(row.cart_id) ?? []), row.id])

  const withoutCart = await client.query(
    `select o.id from "order" o where o.deleted_at is null and o.status <> 'canceled' and o.email like $1
     and not exists (select 1 from order_cart oc where oc.order_id = o.id and oc.deleted_at is null)`,
    [emailPattern]
  )
  const lines = await client.query(
    `select oi.item_id as line_id, oi.quantity::numeric as quantity, coalesce(sum(r.quantity), 0)::numeric as reserved
     from "order" o join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
     left join reservation_item r on r.line_item_id = oi.item_id and r.deleted_at is null
     where o.deleted_at is null and o.status <> 'canceled' and o.email like $1
     group by oi.item_id, oi.quantity`,
    [emailPattern]
  )
  const nobody = await client.query(
    `select r.id from reservation_item r where r.deleted_at is null and r.line_item_id is not null and r.inventory_item_id = any($1)
     and not exists (select 1 from order_item oi join "order" o on o.id = oi.order_id
       where oi.item_id = r.line_item_id and oi.deleted_at is null and o.deleted_at is null and o.status <> 'canceled')`,
    [inventoryItemIds]
  )
  const levels = await client.query(
    `select l.inventory_item_id, sum(l.reserved_quantity)::numeric as on_levels,
       (select coalesce(sum(r.quantity), 0) from reservation_item r where r.inventory_item_id = l.inventory_item_id and r.deleted_at is null)::numeric as in_reservations
     from inventory_level l where l.deleted_at is null and l.inventory_item_id = any($1) group by l.inventory_item_id`,
    [inventoryItemIds]
  )
  return {
    openOrdersByCart,
    openOrdersWithoutCart: withoutCart.rows.map((row) => row.id),
    linesReservedWrongly: lines.rows
      .map((row) => ({ line_id: row.line_id, quantity: Number(row.quantity), reserved: Number(row.reserved) }))
      .filter((line) => line.quantity !== line.reserved),
    reservationsForNobody: nobody.rows.map((row) => row.id),
    reserved: new Map(levels.rows.map((row) => [row.inventory_item_id, { onLevels: Number(row.on_levels), inReservations: Number(row.in_reservations) }])),
  }
}
