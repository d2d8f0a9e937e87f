import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

type PhotoUpload = {
  /** The form field the photos come in. */
  field: string
  maxBytes: number
  maxFiles: number
  /** Plain form fields allowed beside the photos (a key, a product id). */
  fields: number
}

/**
 * Reads a multipart body of photos into memory (nothing touches the disk or
 * the file module before the route has checked them). multer's own errors
 * (too big, too many, another field name) become 4xx answers in the sender's
 * language instead of a 500.
 */
export function photoUpload({ field, maxBytes, maxFiles, fields }: PhotoUpload) {
  const read = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: maxFiles, fields, parts: maxFiles + fields },
  }).array(field, maxFiles)
  const megabytes = Math.round(maxBytes / (1024 * 1024))
  return function readPhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    read(req as never, res as never, (error?: unknown) => {
      if (!error) return next()
      const code = (error as { code?: string }).code
      if (code === "LIMIT_FILE_SIZE") {
        return next(
          new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `${field}: foto terlalu besar, paling banyak ${megabytes} MB / the photo is larger than ${megabytes} MB`
          )
        )
      }
      if (code === "LIMIT_FILE_COUNT" || (code === "LIMIT_UNEXPECTED_FILE" && maxFiles > 1)) {
        return next(
          new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `${field}: paling banyak ${maxFiles} foto sekali kirim, dengan nama kolom '${field}' / at most ${maxFiles} photos in the field '${field}'`
          )
        )
      }
      next(new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: kirim foto dengan nama kolom '${field}' / send the photo in the field '${field}'`))
    })
  }
}

/** The photos multer read, in the order they were sent. */
export const uploadedPhotos = (req: MedusaRequest) =>
  ((req as MedusaRequest & { files?: Array<{ buffer: Buffer }> }).files ?? []).filter((file) => file.buffer?.length)
