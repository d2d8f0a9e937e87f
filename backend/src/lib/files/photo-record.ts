/** One width of a product photo, as the store serves it. */
export type PhotoSize = { width: number; height: number; jpeg: string; webp: string }

/**
 * What a product image's metadata holds when the image is a producer's photo
 * that went through the upload pipeline (lib/files/product-photo.ts): its
 * widths, smallest first. An image without it is something else: the demo's
 * "Foto menyusul" picture, or an address a coordinator gave.
 */
export type PhotoRecord = { sizes: PhotoSize[] }

type ImageLike = { metadata?: Record<string, unknown> | null } | null | undefined

/** The photo record of a product image, or null when the image is not an uploaded photo. */
export function photoRecordOf(image: ImageLike): PhotoRecord | null {
  const photo = image?.metadata?.photo as Partial<PhotoRecord> | undefined
  if (!photo || !Array.isArray(photo.sizes) || !photo.sizes.length) return null
  const sizes = photo.sizes.filter(
    (size): size is PhotoSize =>
      !!size && typeof size.width === "number" && typeof size.height === "number" && typeof size.jpeg === "string" && typeof size.webp === "string"
  )
  return sizes.length ? { sizes: [...sizes].sort((a, b) => a.width - b.width) } : null
}

/** Whether any of a product's images is a real photo a producer uploaded. */
export const hasUploadedPhoto = (images: ImageLike[] | null | undefined) => (images ?? []).some((image) => photoRecordOf(image) !== null)
