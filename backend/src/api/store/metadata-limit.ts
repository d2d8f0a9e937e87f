import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { METADATA_LIMITS } from "../../lib/input-limits"
import { entriesAtAnyDepth } from "../plumbing/body-entries"

const { bytes, keys, keyLength } = METADATA_LIMITS

function metadataProblem(at: string, metadata: object): string | null {
  const entries = Object.keys(metadata)
  if (entries.length > keys) return `${at}: paling banyak ${keys} kunci`
  const long = entries.find((key) => key.length > keyLength)
  if (long !== undefined) return `${at}: nama kunci paling panjang ${keyLength} huruf`
  if (Buffer.byteLength(JSON.stringify(metadata)) > bytes) return `${at}: paling besar ${bytes / 1024} KB`
  return null
}

/** The first `metadata` in a body (a cart's, a line's, an address's) that is over the limits, with its path. */
function oversizedMetadata(root: unknown): string | null {
  for (const [at, key, inner] of entriesAtAnyDepth(root)) {
    const problem = key === "metadata" && inner && typeof inner === "object" ? metadataProblem(at, inner) : null
    if (problem) return problem
  }
  return null
}

/**
 * Medusa takes any JSON as `metadata` on the store routes (a cart, its lines,
 * addresses, the buyer's account) and copies a cart's onto its order: 900 KB of
 * it was stored for every order. Buyers' metadata is kept to a few small notes.
 */
export function limitStoreMetadata(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = oversizedMetadata(req.body)
  if (problem) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Metadata terlalu besar: ${problem}.`))
  next()
}
