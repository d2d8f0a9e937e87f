import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { readBackendEnv } from "../../lib/env"
import { isStoreFileUrl, STORE_FILE_URL_MESSAGE, storeFileBaseUrl } from "../../lib/files/store-file-url"
import { TEXT_LIMITS } from "../../lib/input-limits"
import { entriesAtAnyDepth } from "./body-entries"

let fileBaseUrl: string | undefined
/** Read once: the same address the file module was configured with. */
const ownFileBaseUrl = () => (fileBaseUrl ??= storeFileBaseUrl(readBackendEnv(process.env)))

const isOwnFile = (value: string) => isStoreFileUrl(value, ownFileBaseUrl())

/** A picture in the store's own file storage (see isStoreFileUrl); for our zod validators. */
export const storeFileUrl = z.string().max(TEXT_LIMITS.url).refine(isOwnFile, STORE_FILE_URL_MESSAGE)

/** Every picture address in a body: `thumbnail` at any depth and each `images[].url`, with where it was found. */
function pictureUrls(root: unknown): Array<[string, unknown]> {
  const found: Array<[string, unknown]> = []
  for (const [at, key, inner] of entriesAtAnyDepth(root)) {
    if (key === "thumbnail" && inner !== null && inner !== undefined) found.push([at, inner])
    if (key === "images" && Array.isArray(inner)) {
      inner.forEach((image, index) => image && typeof image === "object" && "url" in image && found.push([`${at}.${index}.url`, image.url]))
    }
  }
  return found
}

/**
 * Medusa's admin product routes take any URL as a picture; a coordinator's
 * tool (or a stolen session) could point buyers' pages at an outside host.
 * Pictures must be uploaded first (POST /admin/uploads) and named by the
 * address the store's file storage gave them.
 */
export function refuseOutsidePictures(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const bad = pictureUrls(req.body).find(([, value]) => typeof value !== "string" || value.length > TEXT_LIMITS.url || !isOwnFile(value))
  if (bad) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${bad[0]}: ${STORE_FILE_URL_MESSAGE}`))
  next()
}
