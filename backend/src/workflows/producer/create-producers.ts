import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, createStockLocationsWorkflow, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ProducerEvents } from "../../lib/events"
import { PLACE_MODULE } from "../../modules/place"
import { PRODUCER_MODULE } from "../../modules/producer"
import { createProducersStep } from "./steps/create-producers"
import { validateProducerLicencesStep } from "./steps/validate-producer-licences"
import { validateProducerReferencesStep } from "./steps/validate-producer-references"
import type { ProducerInput } from "./types"

export const createProducersWorkflowId = "create-producers"

/**
 * Creates producers, each with a stock location of its own that serves the
 * store's default sales channel, linked to its desa. An unknown desa, an
 * expired licence or a handle already taken is refused before anything is written.
 *
 * @example
 * const { result } = await createProducersWorkflow(container).run({
 *   input: { producers: [{ handle: "gula-sri", business_name: "UD Sri Rejeki", desa_id, ... }] },
 * })
 */
export const createProducersWorkflow = createWorkflow(createProducersWorkflowId, (input: { producers: ProducerInput[] }) => {
  validateProducerLicencesStep(input.producers)
  validateProducerReferencesStep(input.producers)

  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["id", "default_sales_channel_id"] })
  const producers = createProducersStep(input.producers)

  const locations = createStockLocationsWorkflow.runAsStep({
    input: {
      locations: transform({ producers }, ({ producers }) =>
        producers.map((producer) => ({ name: `Gudang ${producer.business_name}`, metadata: { producer_id: producer.id } }))
      ),
    },
  })

  const links = transform({ producers, locations, input, stores }, ({ producers, locations, input, stores }) => {
    const salesChannelId = stores[0]?.default_sales_channel_id
    return producers.flatMap((producer, index): LinkDefinition[] => [
      { [PRODUCER_MODULE]: { producer_id: producer.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locations[index].id } },
      { [PRODUCER_MODULE]: { producer_id: producer.id }, [PLACE_MODULE]: { desa_id: input.producers[index].desa_id } },
      ...(salesChannelId
        ? [{ [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId }, [Modules.STOCK_LOCATION]: { stock_location_id: locations[index].id } }]
        : []),
    ])
  })
  createRemoteLinkStep(links)

  emitEventStep({
    eventName: ProducerEvents.CREATED,
    data: transform({ producers }, ({ producers }) => producers.map((producer) => ({ id: producer.id }))),
  })
  const producersCreated = createHook("producersCreated", { producers })
  return new WorkflowResponse(producers, { hooks: [producersCreated] })
})
