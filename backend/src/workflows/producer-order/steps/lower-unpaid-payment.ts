import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Amounts = Array<{ payment_id: string; collection_id: string; amount: number }>

/**
 * A transfer or cash payment not yet made asks what the order now totals: the
 * buyer transfers, and the coordinator captures, only what is left. Medusa's
 * own order-edit confirmation would instead cancel the authorized payment,
 * with the transfer's reference, and open a new collection. The compensation
 * puts the amounts back.
 */
export const lowerUnpaidPaymentStep = createStep(
  "lower-unpaid-payment",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["total", "payment_collections.id", "payment_collections.amount", "payment_collections.payments.*"],
      filters: { id: input.order_id },
    })
    const order = data[0]
    const total = Number(order.total)
    const before: Amounts = (order.payment_collections ?? []).flatMap((collection) =>
      (collection?.payments ?? []).flatMap((payment) =>
        payment && !payment.captured_at && !payment.canceled_at && Number(payment.amount) > total
          ? [{ payment_id: payment.id, collection_id: collection!.id, amount: Number(payment.amount) }]
          : []
      )
    )
    await setAmounts(
      container,
      before.map((row) => ({ ...row, amount: total }))
    )
    return new StepResponse(total, before)
  },
  async (before, { container }) => {
    if (before?.length) await setAmounts(container, before)
  }
)

async function setAmounts(container: Parameters<Parameters<typeof createStep>[1]>[1]["container"], rows: Amounts) {
  const payments = container.resolve(Modules.PAYMENT)
  for (const row of rows) {
    // Medusa's UpdatePaymentDTO names only the id, but the module writes what it is given: the amount owed.
    const update = { id: row.payment_id, amount: row.amount }
    await payments.updatePayment(update)
    await payments.updatePaymentCollections(row.collection_id, { amount: row.amount })
  }
}
