import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducersWorkflow } from "@pasar-desa/backend/src/workflows/producer/create-producers"
import type { ProducerSeed } from "./catalogue-schemas"
import { placeSvg, uploadSvgs } from "./images"
import type { Progress } from "./progress"

const PRODUCER_COLOR = "#7a4b1f"

export type SeededProducer = { id: string; handle: string; stockLocationId: string }

/** Creates the producers missing by handle (each with its stock location) and returns all seeded ones. */
export async function seedProducers(container: MedusaContainer, producers: ProducerSeed[], desaIdByCode: Map<string, string>, progress: Progress) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const existing = async () =>
    (
      await query.graph({
        entity: "producer",
        fields: ["id", "handle", "stock_location.id"],
        filters: { handle: producers.map((producer) => producer.handle) },
      })
    ).data as Array<{ id: string; handle: string; stock_location?: { id: string } | null }>

  const known = new Set((await existing()).map((producer) => producer.handle))
  const missing = producers.filter((producer) => !known.has(producer.handle))
  const photos = await uploadSvgs(
    container,
    missing.map((producer) => ({ name: `produsen-${producer.handle}`, svg: placeSvg(producer.business_name, producer.owner_name, PRODUCER_COLOR) }))
  )
  progress.start("Produsen", missing.length)
  for (const [index, { desa_code, ...producer }] of missing.entries()) {
    await createProducersWorkflow(container).run({
      input: { producers: [{ ...producer, photo_url: photos[index], desa_id: desaIdByCode.get(desa_code)!, is_demo: true }] },
    })
    progress.tick()
  }
  progress.stop()
  const seeded = new Map<string, SeededProducer>()
  for (const producer of await existing()) {
    seeded.set(producer.handle, { id: producer.id, handle: producer.handle, stockLocationId: producer.stock_location!.id })
  }
  return { created: missing.length, producers: seeded }
}
