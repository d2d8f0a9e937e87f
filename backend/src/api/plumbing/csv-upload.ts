import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

type CsvUpload = { field: string; maxBytes: number }

/**
 * Reads one uploaded CSV file of a multipart body into memory, within its
 * limit. A larger file is a 413 that says the limit in Indonesian (as a body
 * over the size limit is, payload-too-large.ts); another field name or a
 * second file is a 400. A body that is not multipart passes on with no file,
 * for the route to say which file it wants.
 */
export function csvUpload({ field, maxBytes }: CsvUpload) {
  const read = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1 } }).single(field)
  const megabytes = Math.round((maxBytes / (1024 * 1024)) * 10) / 10
  return function readCsv(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    read(req as never, res as never, (error?: unknown) => {
      if (!error) return next()
      if ((error as { code?: string }).code === "LIMIT_FILE_SIZE") {
        res.status(413).json({
          type: "payload_too_large",
          message: `${field}: berkas terlalu besar, paling banyak ${megabytes} MB; bagi menjadi beberapa berkas / the file is larger than ${megabytes} MB`,
        })
        return
      }
      next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${field}: kirim satu berkas CSV dengan nama kolom '${field}' / send one CSV file in the field '${field}'`
        )
      )
    })
  }
}

/** The bytes of the file csvUpload read, or null when none came. */
export const uploadedFile = (req: MedusaRequest) => (req as MedusaRequest & { file?: { buffer?: Buffer } }).file?.buffer ?? null
