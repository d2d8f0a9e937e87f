import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import { feeOn, percentOf } from "../../../modules/settlement/fees"
import type SettlementModuleService from "../../../modules/settlement/service"
import { producerShares } from "../../../modules/settlement/shares"
import type { NewSettlementEntry } from "./write-settlement-entries"

export const readOrderSettlementStepId = "read-order-settlement"

type Movement = { id: string; amount: unknown } | null

/**
 * The entries an order's payments owe its producers: for each capture a sale
 * credit and the OK OCE fee on it, for each refund a debit and the fee given
 * back, per producer their lines' share of it (the source key names the capture
 * or refund and the producer). A read only: what is already written is left out
 * when writing.
 */
export const readOrderSettlementStep = createStep(readOrderSettlementStepId, async (orderId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "total",
      "items.id",
      "items.total",
      "payment_collections.payments.captures.id",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.id",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  const order = orders[0]
  if (!order) return new StepResponse<NewSettlementEntry[]>([])
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const [parts, written, basisPoints] = await Promise.all([
    producers.listProducerOrders({ order_id: orderId }, { select: ["producer_id", "item_ids", "decline_refund_id"] }),
    settlement.listSettlementEntries({ order_id: orderId }, { select: ["producer_id", "source_key", "amount"] }),
    settlement.feeBasisPoints(),
  ])
  const writtenAmount = new Map(written.map((entry) => [entry.source_key, Number(entry.amount)]))
  const lines = (order.items ?? []).flatMap((item) => (item ? [{ id: item.id, total: Number(item.total) }] : []))
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])
  const sharesOf = (movements: Movement[]) =>
    movements.flatMap((movement) =>
      movement ? producerShares(parts, lines, Number(movement.amount), Number(order.total)).map((share) => ({ ...share, movementId: movement.id })) : []
    )
  const entry = (producerId: string, kind: NewSettlementEntry["kind"], amount: number, note: string, sourceKey: string): NewSettlementEntry => ({
    producer_id: producerId,
    kind,
    amount,
    order_id: order.id,
    order_display_id: Number(order.display_id),
    note,
    source_key: sourceKey,
  })

  const captures = payments.flatMap((payment) => payment?.captures ?? [])
  // Sales written stay as written: the order's totals may change later (a cancellation).
  const saleNote = `Penjualan pesanan #${order.display_id}`
  const saleEntries = [
    ...written
      .filter((sale) => sale.source_key.startsWith("sale:"))
      .map((sale) => entry(sale.producer_id, "sale", Number(sale.amount), saleNote, sale.source_key)),
    ...sharesOf(captures)
      .map((share) => entry(share.producer_id, "sale", share.amount, saleNote, `sale:${share.movementId}:${share.producer_id}`))
      .filter((sale) => !writtenAmount.has(sale.source_key)),
  ]
  // A fee once written keeps its amount, whatever the fee is today.
  const feeEntries = saleEntries.flatMap((sale) => {
    const key = sale.source_key.replace(/^sale:/, "fee:")
    const amount = writtenAmount.get(key) ?? -feeOn(sale.amount, basisPoints)
    return amount ? [entry(sale.producer_id, "fee", amount, `Biaya OK OCE ${percentOf(basisPoints)}% pesanan #${order.display_id}`, key)] : []
  })
  // A refund takes back from each producer the same share of what they were credited, and gives back the fee kept on it, at the rate it was kept.
  const credited = new Map<string, number>()
  for (const sale of saleEntries) credited.set(sale.producer_id, (credited.get(sale.producer_id) ?? 0) + sale.amount)
  const capturedTotal = captures.reduce((sum, capture) => sum + Number(capture?.amount ?? 0), 0)
  const feeRate = (producerId: string) => {
    const kept = -feeEntries.filter((fee) => fee.producer_id === producerId).reduce((sum, fee) => sum + fee.amount, 0)
    return credited.get(producerId) ? kept / credited.get(producerId)! : 0
  }
  // A producer's decline refunds their own lines: that refund is theirs alone, and the rest share what is left.
  const declinedBy = new Map(parts.flatMap((part) => (part.decline_refund_id ? [[part.decline_refund_id, part.producer_id] as const] : [])))
  const allRefunds = payments.flatMap((payment) => payment?.refunds ?? []).flatMap((refund) => (refund ? [refund] : []))
  const ownRefunds = allRefunds.flatMap((refund) =>
    declinedBy.has(refund.id) ? [{ producer_id: declinedBy.get(refund.id)!, amount: Math.round(Number(refund.amount)), movementId: refund.id }] : []
  )
  const left = new Map(credited)
  for (const own of ownRefunds) left.set(own.producer_id, Math.max(0, (left.get(own.producer_id) ?? 0) - own.amount))
  const creditParts = [...left.keys()].map((producerId) => ({ producer_id: producerId, item_ids: [producerId] }))
  const creditLines = [...left].map(([producerId, amount]) => ({ id: producerId, total: amount }))
  const sharedBase = capturedTotal - ownRefunds.reduce((sum, own) => sum + own.amount, 0)
  const refunds = [
    ...ownRefunds,
    ...allRefunds
      .filter((refund) => !declinedBy.has(refund.id))
      .flatMap((refund) => producerShares(creditParts, creditLines, Number(refund.amount), sharedBase).map((share) => ({ ...share, movementId: refund.id }))),
  ]
  const refundEntries = refunds.flatMap((share) => {
    const feeBack = Math.round(share.amount * feeRate(share.producer_id))
    return [
      entry(
        share.producer_id,
        "refund",
        writtenAmount.get(`refund:${share.movementId}:${share.producer_id}`) ?? -share.amount,
        `Pengembalian dana pesanan #${order.display_id}`,
        `refund:${share.movementId}:${share.producer_id}`
      ),
      ...(feeBack
        ? [
            entry(
              share.producer_id,
              "fee",
              feeBack,
              `Biaya OK OCE dikembalikan, pesanan #${order.display_id}`,
              `fee-back:${share.movementId}:${share.producer_id}`
            ),
          ]
        : []),
    ]
  })
  return new StepResponse([...saleEntries, ...feeEntries, ...refundEntries])
})
