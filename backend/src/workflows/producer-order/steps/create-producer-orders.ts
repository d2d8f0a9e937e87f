import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerPart } from "./split-order-by-producer"

/**
 * Stores each producer's part of the order. An event delivered twice finds its
 * parts already there and creates nothing (the unique order/producer pair backs this up).
 */
export const createProducerOrdersStep = createStep(
  "create-producer-orders",
  async (parts: ProducerPart[], { container }) => {
    if (!parts.length) {
      return new StepResponse([], [] as string[])
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const existing = await producers.listProducerOrders({ order_id: parts[0].order_id }, { select: ["producer_id"] })
    const known = new Set(existing.map((row) => row.producer_id))
    const missing = parts.filter((part) => !known.has(part.producer_id))
    const created = missing.length ? await producers.createProducerOrders(missing) : []
    return new StepResponse(
      created,
      created.map((row) => row.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducerOrders(ids)
  }
)
