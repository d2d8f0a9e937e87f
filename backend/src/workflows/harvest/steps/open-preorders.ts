import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Lets Medusa take orders beyond the shelf for the product's stocked variants
 * (allow_backorder), which is how a pre-order is placed and reserved. How far
 * beyond is bounded by the cart checks against the forecast; once the harvest
 * day has passed those checks allow nothing beyond the shelf again.
 */
export const openPreordersStep = createStep(
  "open-preorders",
  async ({ product_id }: { product_id: string }, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const variants = await products.listProductVariants({ product_id }, { select: ["id", "allow_backorder", "manage_inventory"] })
    const opened = variants.filter((variant) => variant.manage_inventory && !variant.allow_backorder).map((variant) => variant.id)
    if (opened.length) await products.updateProductVariants({ id: opened }, { allow_backorder: true })
    return new StepResponse(opened, opened)
  },
  async (opened, { container }) => {
    if (!opened?.length) return
    await container.resolve(Modules.PRODUCT).updateProductVariants({ id: opened }, { allow_backorder: false })
  }
)
