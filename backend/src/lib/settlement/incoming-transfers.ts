import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANK_TRANSFER_PROVIDER_PREFIX } from "../../modules/payment-offline/unpaid-transfer"
import { normaliseTransferReference } from "../../modules/payment-offline/reference"
import { readOrdersMoney } from "./read-order-money"

export type IncomingTransfersQuery = { q?: string; limit: number; offset: number }

/** "Rp 46.000", "46000", "#14": the number a coordinator typed, or null for text. */
const typedNumber = (typed: string) => {
  const digits = typed
    .replace(/^rp\.?\s*/i, "")
    .replace(/^#/, "")
    .replace(/[.\s]/g, "")
  return /^\d{1,12}$/.test(digits) ? Number(digits) : null
}

/**
 * The orders a coordinator reading the bank statement is after: without a
 * search, every transfer still waiting for money, oldest first (the next to
 * expire on top); with one, the orders whose transfer reference, amount or
 * order number is what they typed, newest first.
 */
export async function findIncomingTransfers(container: MedusaContainer, { q, limit, offset }: IncomingTransfersQuery) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const matches = pg("payment as p")
    .join("order_payment_collection as link", "link.payment_collection_id", "p.payment_collection_id")
    .where("p.provider_id", "like", `${BANK_TRANSFER_PROVIDER_PREFIX}%`)
    .whereNull("p.deleted_at")
    .whereNull("link.deleted_at")
  if (!q) {
    matches.whereNull("p.captured_at").whereNull("p.canceled_at")
  } else {
    const reference = normaliseTransferReference(q)
    const number = typedNumber(q)
    if (!reference && number === null) return { transfers: [], count: 0, limit, offset }
    matches.where((where) => {
      if (reference) where.orWhereRaw("p.data->>'reference' = ?", [reference])
      if (number !== null) {
        where.orWhere("p.amount", number).orWhereIn("link.order_id", pg("order").select("id").where("display_id", number))
      }
    })
  }
  const [{ count }] = await matches.clone().countDistinct({ count: "link.order_id" })
  const rows = (await matches
    .select("link.order_id")
    .max({ placed: "p.created_at" })
    .groupBy("link.order_id")
    .orderBy("placed", q ? "desc" : "asc")
    .limit(limit)
    .offset(offset)) as Array<{ order_id: string }>
  const transfers = await readOrdersMoney(
    container,
    rows.map((row) => row.order_id)
  )
  return { transfers, count: Number(count), limit, offset }
}
