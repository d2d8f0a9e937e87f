import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const NUL_MESSAGE = "Permintaan berisi karakter NUL (\\u0000), yang tidak bisa disimpan. Hapus karakter itu lalu kirim ulang."
const BROKEN_URL_MESSAGE = "Alamat permintaan tidak sah: ada kode persen (%) yang rusak."
const CONVERSION_KEY_MESSAGE = "Isian tidak sah: kunci toString dan valueOf tidak diterima."
const DEEP_QUERY_MESSAGE = "Parameter alamat terlalu dalam: paling banyak dua tingkat, misalnya a.b."

/**
 * Keys that replace how JS turns an object into text: Medusa's validator
 * prints the value it refuses, and `{"toString": "x"}` made that printing
 * throw a TypeError (a 500) instead of answering 400.
 */
const CONVERSION_KEYS = new Set(["toString", "valueOf"])

/** What is wrong with a parsed body or query, if anything; walked without recursion so deep nesting cannot overflow the stack. */
function problemIn(root: unknown): string | null {
  const pending: unknown[] = [root]
  while (pending.length) {
    const value = pending.pop()
    if (typeof value === "string") {
      if (value.includes("\u0000")) return NUL_MESSAGE
    } else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        if (key.includes("\u0000")) return NUL_MESSAGE
        if (CONVERSION_KEYS.has(key)) return CONVERSION_KEY_MESSAGE
        pending.push(inner)
      }
    }
  }
  return null
}

/**
 * PostgreSQL text cannot hold U+0000: a NUL in a path, query or body reached
 * the database as a query error and came back as a 500. A broken %-escape in
 * the path did the same once a handler decoded it, and so did a `toString`
 * key (see CONVERSION_KEYS). All are refused up front with a 400 that says
 * what to fix.
 */
export function refuseUnreadableInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  let path: string
  try {
    // originalUrl: inside a wildcard mount req.path is only what follows the mount point.
    path = decodeURIComponent(req.originalUrl.split("?")[0])
  } catch {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, BROKEN_URL_MESSAGE))
  }
  const problem = path.includes("\u0000") ? NUL_MESSAGE : (problemIn(req.query) ?? problemIn(req.body))
  if (problem) return next(new MedusaError(MedusaError.Types.INVALID_DATA, problem))
  next()
}

/**
 * Errors Medusa would answer with a 500 although the request was at fault:
 * Express's URIError for a broken %-escape in a route parameter (it decodes
 * them before any middleware of ours runs), and Medusa's own refusal of query
 * keys nested more than two levels (`a.b.c`), typed INVALID_ARGUMENT.
 */
export function unreadableInputProblem(error: unknown): MedusaError | null {
  if (error instanceof URIError) return new MedusaError(MedusaError.Types.INVALID_DATA, BROKEN_URL_MESSAGE)
  const { type, message } = (error ?? {}) as { type?: string; message?: string }
  if (type === MedusaError.Types.INVALID_ARGUMENT && message?.startsWith("Key accessor more than 2 levels deep")) {
    return new MedusaError(MedusaError.Types.INVALID_DATA, DEEP_QUERY_MESSAGE)
  }
  return null
}
