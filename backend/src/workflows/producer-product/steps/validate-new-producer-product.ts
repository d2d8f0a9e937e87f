import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { assertCategoriesExist } from "../../../lib/producer/product-categories"

export type NewProducerProductCheck = { handle: string; category_ids?: string[] }

/**
 * Refuses new products whose categories do not exist or whose handle another
 * product carries (or another of the same batch, as in a CSV import), naming
 * the field; reads only.
 */
export const validateNewProducerProductStep = createStep("validate-new-producer-product", async (input: NewProducerProductCheck[], { container }) => {
  await assertCategoriesExist(container, [...new Set(input.flatMap((product) => product.category_ids ?? []))])
  const handles = input.map((product) => product.handle)
  const twice = handles.find((handle, index) => handles.indexOf(handle) !== index)
  const { data: sameHandle } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["handle"], filters: { handle: handles } })
  const taken = twice ?? sameHandle[0]?.handle
  if (taken) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `handle: '${taken}' sudah dipakai / is already taken`)
  }
})
