import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { PhotoSize } from "../../lib/files/photo-record"
import { photoPlan, planAddedPhotosStep } from "./steps/plan-product-photos"

export type AddProductPhotosInput = {
  product_id: string
  /** Each photo's renditions (lib/files/product-photo.ts), already upright and without metadata; content in base64. */
  photos: Array<Array<{ width: number; height: number; format: "webp" | "jpeg"; content: string }>>
}

export const addProductPhotosWorkflowId = "add-product-photos"

const MIME = { webp: "image/webp", jpeg: "image/jpeg" } as const

/**
 * Adds a producer's photos after the product's own, each kept in the file
 * module at every width as WebP and JPEG, the widths written into the product
 * image's metadata (`photo.sizes`) so pages can offer them in a srcset. The
 * first photo is the product's thumbnail; a product that had only the demo's
 * "Foto menyusul" picture loses it. One change of a product's photos at a time.
 *
 * @example
 * await addProductPhotosWorkflow(container).run({ input: { product_id: "prod_123", photos: [await renditionsInBase64(buffer)] } })
 */
export const addProductPhotosWorkflow = createWorkflow(addProductPhotosWorkflowId, (input: AddProductPhotosInput) => {
  const key = transform({ input }, ({ input }) => `product-photos:${input.product_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const existing = planAddedPhotosStep(transform({ input }, ({ input }) => ({ product_id: input.product_id, count: input.photos.length })))
  const files = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: input.photos.flatMap((renditions, photo) =>
        renditions.map((rendition) => ({
          filename: `foto-${input.product_id}-${photo + 1}-${rendition.width}.${rendition.format === "jpeg" ? "jpg" : "webp"}`,
          mimeType: MIME[rendition.format],
          content: rendition.content,
          access: "public" as const,
        }))
      ),
    })),
  })
  const planned = transform({ input, files, existing }, ({ input, files, existing }) => {
    let next = 0
    const added = input.photos.map((renditions) => {
      const urls = renditions.map(() => files[next++].url)
      const sizes: PhotoSize[] = []
      renditions.forEach((rendition, index) => {
        let size = sizes.find((known) => known.width === rendition.width)
        if (!size) sizes.push((size = { width: rendition.width, height: rendition.height, jpeg: "", webp: "" }))
        size[rendition.format] = urls[index]
      })
      sizes.sort((a, b) => a.width - b.width)
      return { url: sizes[sizes.length - 1].jpeg, metadata: { photo: { sizes } } }
    })
    return { added, plan: photoPlan([...existing, ...added]) }
  })
  updateProductsWorkflow.runAsStep({
    input: transform({ input, planned }, ({ input, planned }) => ({
      products: [{ id: input.product_id, images: planned.plan.images, thumbnail: planned.plan.thumbnail }],
    })),
  })
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ planned }, ({ planned }) => planned.added.map((image) => image.url)))
})
