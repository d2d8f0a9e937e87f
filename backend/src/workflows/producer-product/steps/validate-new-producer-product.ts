import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { assertCategoriesExist } from "../../../lib/producer/product-categories"

export type NewProducerProductCheck = { handle: string; category_ids?: string[] }

/** Refuses a new product whose categories do not exist or whose handle another product carries, naming the field; reads only. */
export const validateNewProducerProductStep = createStep("validate-new-producer-product", async (input: NewProducerProductCheck, { container }) => {
  await assertCategoriesExist(container, input.category_ids)
  const { data: sameHandle } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["id"], filters: { handle: input.handle } })
  if (sameHandle.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `handle: '${input.handle}' sudah dipakai / is already taken`)
  }
})
