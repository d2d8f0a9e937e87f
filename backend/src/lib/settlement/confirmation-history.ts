import type { MedusaContainer } from "@medusajs/framework/types"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import type { ConfirmedMethod } from "../../modules/settlement/models/payment-confirmation"
import { CONFIRMATION_FIELDS, readOrdersMoney } from "./read-order-money"
import { namesOf } from "../coordinator/coordinator-names"

type HistoryQuery = { method?: ConfirmedMethod; from?: string; to?: string; limit: number; offset: number }

/** Every confirmation of money received, newest first: who, when, how much, for which order. */
export async function confirmationHistory(container: MedusaContainer, { method, from, to, limit, offset }: HistoryQuery) {
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const received_on = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) }
  const [rows, count] = await settlement.listAndCountPaymentConfirmations(
    { ...(method ? { method } : {}), ...(from || to ? { received_on } : {}) },
    { select: [...CONFIRMATION_FIELDS, "order_id", "order_display_id"], order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset }
  )
  const names = await namesOf(
    container,
    rows.map((row) => row.confirmed_by)
  )
  return {
    confirmations: rows.map((row) => ({ ...row, confirmed_by_name: names.get(row.confirmed_by) ?? row.confirmed_by })),
    count,
    limit,
    offset,
  }
}

type CashOrder = { order_id: string; order_display_id: number; amount: number; due: number; received: number; outstanding: number; to_return: number }

/**
 * One day's cash on delivery by who collected it (a courier, the pickup
 * point): each order's cash handed over that day, the collector's total, and
 * each order's standing, so a short or over count shows at once. The totals
 * are what the collector must hand over.
 */
export async function cashList(container: MedusaContainer, day: string) {
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const rows = await settlement.listPaymentConfirmations(
    { method: "cash_on_delivery", received_on: day },
    { select: [...CONFIRMATION_FIELDS, "order_id", "order_display_id"], order: { created_at: "ASC" } }
  )
  const standings = new Map((await readOrdersMoney(container, [...new Set(rows.map((row) => row.order_id))])).map((view) => [view.order.id, view.money]))
  const collectors = new Map<string, { collected_by: string; orders: CashOrder[]; total: number }>()
  for (const row of rows) {
    const name = row.collected_by ?? "—"
    // "Pak Budi" and "pak budi " are one courier.
    const key = name.trim().toLowerCase()
    const group = collectors.get(key) ?? { collected_by: name, orders: [], total: 0 }
    const money = standings.get(row.order_id)
    group.orders.push({
      order_id: row.order_id,
      order_display_id: row.order_display_id,
      amount: Number(row.amount),
      due: money?.due ?? 0,
      received: money?.received ?? 0,
      outstanding: money?.outstanding ?? 0,
      to_return: money?.to_return ?? 0,
    })
    group.total += Number(row.amount)
    collectors.set(key, group)
  }
  const groups = [...collectors.values()].sort((a, b) => a.collected_by.localeCompare(b.collected_by, "id"))
  return {
    date: day,
    collectors: groups,
    total: groups.reduce((sum, group) => sum + group.total, 0),
    unsettled: groups.flatMap((group) => group.orders).filter((order) => order.outstanding || order.to_return).length,
  }
}
