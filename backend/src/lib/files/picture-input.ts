import sharp from "sharp"
import { MedusaError } from "@medusajs/framework/utils"

/** A picture that decodes to more pixels than a 50-megapixel camera takes is refused before it is decoded (a decompression bomb). */
export const MOST_PIXELS = 50_000_000
const READABLE_FORMATS = new Set(["jpeg", "png", "webp", "heif", "avif"])

/** The refusal of an upload that is not a photo, naming the form field it came in. */
export const notAPicture = (field: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: berkas bukan foto (JPEG, PNG atau WebP) / the file is not a photo`)

/**
 * A sharp pipeline over an uploaded photo, once sharp has read it as a photo
 * of a kind phones make; what it cannot read (a PDF, an SVG, a renamed file)
 * is refused whatever its name or declared type says. Pixels beyond
 * MOST_PIXELS are refused before decoding.
 */
export async function openPicture(upload: Buffer, field: string) {
  let format: string | undefined
  try {
    format = (await sharp(upload, { limitInputPixels: MOST_PIXELS }).metadata()).format
  } catch {
    throw notAPicture(field)
  }
  if (!format || !READABLE_FORMATS.has(format)) throw notAPicture(field)
  // rotate() with no angle turns the picture upright by its EXIF orientation; sharp writes no metadata unless asked.
  return () => sharp(upload, { limitInputPixels: MOST_PIXELS }).rotate()
}
