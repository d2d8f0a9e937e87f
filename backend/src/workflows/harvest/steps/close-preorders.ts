import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The harvest is in: the product's variants sell from the shelf only again
 * (allow_backorder off), the counterpart of open-preorders. The compensation
 * reopens exactly the variants it closed.
 */
export const closePreordersStep = createStep(
  "close-preorders",
  async ({ product_id }: { product_id: string }, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const variants = await products.listProductVariants({ product_id }, { select: ["id", "allow_backorder", "manage_inventory"] })
    const closed = variants.filter((variant) => variant.manage_inventory && variant.allow_backorder).map((variant) => variant.id)
    if (closed.length) await products.updateProductVariants({ id: closed }, { allow_backorder: false })
    return new StepResponse(closed, closed)
  },
  async (closed, { container }) => {
    if (!closed?.length) return
    await container.resolve(Modules.PRODUCT).updateProductVariants({ id: closed }, { allow_backorder: true })
  }
)
