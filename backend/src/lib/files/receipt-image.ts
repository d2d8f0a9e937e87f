import { notAPicture, openPicture } from "./picture-input"

/** A phone photo of a receipt is a few MB; anything bigger is not one. */
export const RECEIPT_MAX_BYTES = 8 * 1024 * 1024
/** Wide enough to read every line of a bank's receipt, small enough for a coordinator on a slow line. */
const LONGEST_SIDE = 1600

/**
 * A buyer's receipt photo as the centre keeps it: turned upright, at most
 * 1600 px on its longest side, re-encoded as JPEG with every metadata field
 * (EXIF, GPS position, camera) left behind. What sharp cannot read as a
 * picture is refused whatever its name or declared type says.
 */
export async function normaliseReceiptImage(upload: Buffer): Promise<{ content: Buffer; width: number; height: number }> {
  const picture = await openPicture(upload, "receipt")
  try {
    const { data, info } = await picture()
      .resize({ width: LONGEST_SIDE, height: LONGEST_SIDE, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer({ resolveWithObject: true })
    return { content: data, width: info.width, height: info.height }
  } catch {
    throw notAPicture("receipt")
  }
}
