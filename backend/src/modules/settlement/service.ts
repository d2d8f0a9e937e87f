import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { SettlementEntry } from "./models/settlement-entry"
import { SettlementPolicy } from "./models/settlement-policy"
import { PayoutAccount } from "./models/payout-account"
import { PaymentConfirmation } from "./models/payment-confirmation"
import { TransferReceipt } from "./models/transfer-receipt"

/** The id of the centre's one policy row. */
export const POLICY_ID = "okoce"

export default class SettlementModuleService extends MedusaService({ SettlementEntry, SettlementPolicy, PayoutAccount, PaymentConfirmation, TransferReceipt }) {
  /** The OK OCE fee in basis points (0 until the head coordinator sets one). */
  @InjectManager()
  async feeBasisPoints(@MedusaContext() context: Context<EntityManager> = {}): Promise<number> {
    const rows: Array<{ fee_basis_points: number }> = await context.manager!.execute(
      `select fee_basis_points from settlement_policy where id = ? and deleted_at is null`,
      [POLICY_ID]
    )
    return Number(rows[0]?.fee_basis_points ?? 0)
  }

  /** What the centre owes each producer: the sum of their entries, 0 for one without any. */
  @InjectManager()
  async balancesOf(producerIds: string[], @MedusaContext() context: Context<EntityManager> = {}): Promise<Map<string, number>> {
    const balances = new Map(producerIds.map((id) => [id, 0]))
    if (!producerIds.length) return balances
    const rows: Array<{ producer_id: string; balance: string }> = await context.manager!.execute(
      `select producer_id, coalesce(sum(amount), 0) as balance from settlement_entry
       where deleted_at is null and producer_id in (${producerIds.map(() => "?").join(", ")}) group by producer_id`,
      producerIds
    )
    for (const row of rows) balances.set(row.producer_id, Number(row.balance))
    return balances
  }

  /** What the centre owed one producer just before `instant`: the sum of their earlier entries (a statement's opening balance). */
  @InjectManager()
  async balanceBefore(producerId: string, instant: Date, @MedusaContext() context: Context<EntityManager> = {}): Promise<number> {
    const rows: Array<{ balance: string }> = await context.manager!.execute(
      `select coalesce(sum(amount), 0) as balance from settlement_entry where deleted_at is null and producer_id = ? and created_at < ?`,
      [producerId, instant.toISOString()]
    )
    return Number(rows[0]?.balance ?? 0)
  }

  /** Money coordinators recorded as received for each order (transfers seen, cash handed over), 0 for one without any. */
  @InjectManager()
  async receivedFor(orderIds: string[], @MedusaContext() context: Context<EntityManager> = {}): Promise<Map<string, number>> {
    const received = new Map(orderIds.map((id) => [id, 0]))
    if (!orderIds.length) return received
    const rows: Array<{ order_id: string; received: string }> = await context.manager!.execute(
      `select order_id, coalesce(sum(amount), 0) as received from payment_confirmation
       where deleted_at is null and order_id in (${orderIds.map(() => "?").join(", ")}) group by order_id`,
      orderIds
    )
    for (const row of rows) received.set(row.order_id, Number(row.received))
    return received
  }
}
