/** One width of a producer's photo, as the catalogue's views list it (smallest first). */
export type PictureSize = { width: number; height: number; jpeg: string; webp: string }
/** A product picture: an uploaded photo with its widths, or another picture (the demo's square) with `sizes` empty. */
export type Picture = { url: string; width: number | null; height: number | null; sizes: PictureSize[] }

/** How wide a picture shows, for the browser to pick from a srcset before layout: a card is half a phone, a product page's gallery all of it. */
export const CARD_SIZES = "(max-width: 48rem) 50vw, 18rem"
export const PAGE_SIZES = "(max-width: 48rem) 100vw, 36rem"

export type PictureSources = { src: string; width: number; height: number; jpeg: string; webp: string } | null

/**
 * What an `<img>` and its WebP `<source>` need to offer every width of a
 * photo: `src` the width nearest `fallbackWidth` for a browser without
 * srcset, width and height of the largest so the box keeps its shape while
 * loading. Null for a picture that has no widths.
 */
export function pictureSources(picture: Partial<Picture> | null | undefined, fallbackWidth: number): PictureSources {
  const sizes = picture?.sizes ?? []
  if (!sizes.length) return null
  const largest = sizes[sizes.length - 1]
  const fallback = sizes.find((size) => size.width >= fallbackWidth) ?? largest
  const srcset = (format: "jpeg" | "webp") => sizes.map((size) => `${size[format]} ${size.width}w`).join(", ")
  return { src: fallback.jpeg, width: largest.width, height: largest.height, jpeg: srcset("jpeg"), webp: srcset("webp") }
}
