import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** A 404 in both languages for a producer id nobody has. */
export async function requireProducer(container: MedusaContainer, producerId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: ["id"], filters: { id: producerId } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Produsen '${producerId}' tidak ditemukan / producer not found`)
}
