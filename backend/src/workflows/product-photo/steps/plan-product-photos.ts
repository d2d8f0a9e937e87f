import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { photoRecordOf, type PhotoRecord } from "../../../lib/files/photo-record"
import { PRODUCT_PHOTOS_MOST } from "../../../lib/files/product-photo"

type Image = { id?: string; url: string; metadata: { photo: PhotoRecord } }
export type PhotoPlan = { images: Image[]; thumbnail: string | null }

/** The picture cards show: the main photo at the card's width (the 640 px JPEG where the photo is that wide). */
export const thumbnailOf = (record: PhotoRecord) => (record.sizes.find((size) => size.width >= 640) ?? record.sizes[record.sizes.length - 1]).jpeg

/** The product's photos now, in their order; other pictures (the demo's "Foto menyusul") are not photos and are dropped. */
async function currentPhotos(container: MedusaContainer, productId: string): Promise<Image[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "images.id", "images.url", "images.rank", "images.metadata"],
    filters: { id: productId },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Produk tidak ditemukan / product not found")
  const images = [...((data[0].images ?? []) as Array<{ id: string; url: string; rank?: number | null; metadata?: Record<string, unknown> | null }>)]
  return images
    .sort((a, b) => Number(a.rank ?? 0) - Number(b.rank ?? 0))
    .flatMap((image) => {
      const photo = photoRecordOf(image)
      return photo ? [{ id: image.id, url: image.url, metadata: { photo } }] : []
    })
}

const plan = (images: Image[]): PhotoPlan => ({ images, thumbnail: images[0] ? thumbnailOf(images[0].metadata.photo) : null })

export const planAddedPhotosStepId = "plan-added-product-photos"

/**
 * The product's pictures once these photos are added after its own: refused
 * (before anything is stored) when that would pass PRODUCT_PHOTOS_MOST. Reads only.
 */
export const planAddedPhotosStep = createStep(planAddedPhotosStepId, async ({ product_id, count }: { product_id: string; count: number }, { container }) => {
  const photos = await currentPhotos(container, product_id)
  if (photos.length + count > PRODUCT_PHOTOS_MOST) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `photos: satu produk paling banyak ${PRODUCT_PHOTOS_MOST} foto; produk ini sudah punya ${photos.length} / at most ${PRODUCT_PHOTOS_MOST} photos per product`
    )
  }
  return new StepResponse(photos)
})

export const planArrangedPhotosStepId = "plan-arranged-product-photos"

/**
 * The product's photos in the order the producer gave, those left out
 * removed: every id must be one of this product's photos, once.
 */
export const planArrangedPhotosStep = createStep(
  planArrangedPhotosStepId,
  async ({ product_id, image_ids }: { product_id: string; image_ids: string[] }, { container }) => {
    const photos = await currentPhotos(container, product_id)
    const byId = new Map(photos.map((photo) => [photo.id, photo]))
    const unknown = image_ids.filter((id, index) => !byId.has(id) || image_ids.indexOf(id) !== index)
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `image_ids: bukan foto produk ini, atau disebut dua kali: ${unknown.join(", ")} / not this product's photos`
      )
    }
    return new StepResponse(plan(image_ids.map((id) => byId.get(id)!)))
  }
)

export { plan as photoPlan }
