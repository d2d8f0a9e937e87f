/** One width of a product photo, as the backend stores it (image metadata `photo.sizes`). */
export type PhotoSize = { width: number; height: number; jpeg: string; webp: string }
export type PanelImage = { id: string; url: string; rank?: number | null; metadata?: { photo?: { sizes?: PhotoSize[] } } | null }
export type PanelPhoto = { id: string; url: string; small: string; width: number; height: number }

/** A product carries at most this many photos; one upload at most PHOTOS_PER_UPLOAD of 10 MB each (the backend's limits). */
export const PHOTOS_MOST = 8
export const PHOTOS_PER_UPLOAD = 6
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024

/** The product's uploaded photos in their order, the first the main picture; other pictures (the demo's "Foto menyusul") are not listed. */
export function panelPhotos(images: Array<PanelImage | null> | null | undefined): PanelPhoto[] {
  return (images ?? [])
    .flatMap((image) => (image ? [image] : []))
    .sort((a, b) => Number(a.rank ?? 0) - Number(b.rank ?? 0))
    .flatMap((image) => {
      const sizes = [...(image.metadata?.photo?.sizes ?? [])].sort((a, b) => a.width - b.width)
      const smallest = sizes[0]
      return smallest ? [{ id: image.id, url: image.url, small: smallest.jpeg, width: smallest.width, height: smallest.height }] : []
    })
}

export type PhotoMove = "utama" | "hapus"

/** The photos' ids after "make main" (moved to the front) or "remove" (left out); null for a photo that is not there. */
export function arrangedPhotoIds(ids: string[], imageId: string, move: PhotoMove): string[] | null {
  if (!ids.includes(imageId)) return null
  const others = ids.filter((id) => id !== imageId)
  return move === "utama" ? [imageId, ...others] : others
}

/** What the producer is told about photos the storefront refuses before sending them on; null when they may go. */
export function photoProblem(files: Array<{ size: number }>, have: number): string | null {
  if (!files.length) return "Pilih foto produk dulu."
  if (files.length > PHOTOS_PER_UPLOAD) return `Paling banyak ${PHOTOS_PER_UPLOAD} foto sekali unggah.`
  if (files.some((file) => file.size > PHOTO_MAX_BYTES)) return "Foto terlalu besar, paling banyak 10 MB per foto."
  if (have + files.length > PHOTOS_MOST) return `Satu produk paling banyak ${PHOTOS_MOST} foto; hapus dulu foto yang tidak dipakai.`
  return null
}
