import { notAPicture, openPicture } from "./picture-input"

/** A phone photo is a few MB; a bigger file is not one a producer meant to send. */
export const PRODUCT_PHOTO_MAX_BYTES = 10 * 1024 * 1024
/** Photos one upload may carry, and a product may have. */
export const PRODUCT_PHOTOS_PER_UPLOAD = 6
export const PRODUCT_PHOTOS_MOST = 8
/** Card (two columns on a 360 px phone at 2x), product page on a phone, product page on a wide screen. */
export const PRODUCT_PHOTO_WIDTHS = [320, 640, 1024] as const

export type PhotoRendition = { width: number; height: number; format: "webp" | "jpeg"; content: Buffer }

/**
 * A producer's product photo as buyers get it: turned upright, at each of
 * PRODUCT_PHOTO_WIDTHS no wider than the photo itself (a small photo is never
 * enlarged: its own width stands in for the widths above it), as WebP and as
 * JPEG for older browsers, with no EXIF, GPS position or camera left in.
 */
export async function productPhotoRenditions(upload: Buffer): Promise<PhotoRendition[]> {
  const picture = await openPicture(upload, "photos")
  try {
    const { width: stored = 0, height: storedHeight = 0, orientation = 1 } = await picture().metadata()
    // Orientations 5 to 8 are a quarter turn: the upright photo is as wide as the stored one is high.
    const uprightWidth = orientation >= 5 ? storedHeight : stored
    const widths = [...new Set(PRODUCT_PHOTO_WIDTHS.map((width) => Math.min(width, uprightWidth)))]
    const renditions: PhotoRendition[] = []
    for (const width of widths) {
      const resized = () => picture().resize({ width, withoutEnlargement: true })
      const webp = await resized().webp({ quality: 78 }).toBuffer({ resolveWithObject: true })
      const jpeg = await resized().jpeg({ quality: 80, mozjpeg: true }).toBuffer({ resolveWithObject: true })
      renditions.push({ width: webp.info.width, height: webp.info.height, format: "webp", content: webp.data })
      renditions.push({ width: jpeg.info.width, height: jpeg.info.height, format: "jpeg", content: jpeg.data })
    }
    return renditions
  } catch {
    throw notAPicture("photos")
  }
}
