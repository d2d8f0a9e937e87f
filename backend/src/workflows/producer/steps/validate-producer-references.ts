import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateProducerReferencesStepId = "validate-producer-references"

/** A producer being created (no id) or changed (its id): the handle it would carry and the desa it would work in. */
export type ProducerReference = { id?: string; handle?: string; desa_id?: string }

/**
 * Refuses a desa that does not exist and a handle another producer carries
 * (or that two new producers share), naming the field, before anything is
 * written: the database's own unique index would answer a bare 500.
 */
export const validateProducerReferencesStep = createStep(validateProducerReferencesStepId, async (producers: ProducerReference[], { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const desaIds = [...new Set(producers.flatMap((producer) => (producer.desa_id ? [producer.desa_id] : [])))]
  const handles = producers.flatMap((producer) => (producer.handle ? [producer.handle] : []))
  const [{ data: desa }, { data: holders }] = await Promise.all([
    desaIds.length ? query.graph({ entity: "desa", fields: ["id"], filters: { id: desaIds } }) : { data: [] },
    handles.length ? query.graph({ entity: "producer", fields: ["id", "handle"], filters: { handle: handles } }) : { data: [] },
  ])
  const missingDesa = desaIds.find((id) => !desa.some((row) => row.id === id))
  if (missingDesa) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `desa_id: desa '${missingDesa}' tidak ditemukan / village not found`)
  }
  const taken = producers.find(
    (producer, index) =>
      producer.handle &&
      (holders.some((row) => row.handle === producer.handle && row.id !== producer.id) ||
        (handles.indexOf(producer.handle) !== handles.lastIndexOf(producer.handle) && handles.indexOf(producer.handle) !== index))
  )
  if (taken) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `handle: '${taken.handle}' sudah dipakai / is already taken`)
  }
})
