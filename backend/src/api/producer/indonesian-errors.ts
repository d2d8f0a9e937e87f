import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/** How the panel names the types zod expects, for a producer who never saw JSON. */
const TYPE_NAMES: Record<string, string> = {
  number: "angka",
  int: "bilangan bulat",
  string: "teks",
  boolean: "ya atau tidak (true/false)",
  array: "daftar",
  object: "kumpulan isian",
  date: "tanggal",
}

/** Units of a size limit: letters for text, entries for a list, the value itself for a number. */
function limit(origin: unknown, bound: unknown, small: boolean) {
  const edge = small ? "paling sedikit" : "paling banyak"
  if (origin === "string") return `${edge} ${bound} huruf`
  if (origin === "array" || origin === "set") return `${edge} ${bound} isian`
  return `${small ? "paling kecil" : "paling besar"} ${bound}`
}

type RawIssue = {
  code?: string
  input?: unknown
  expected?: string
  origin?: unknown
  minimum?: unknown
  maximum?: unknown
  values?: unknown[]
  keys?: string[]
  format?: string
  divisor?: unknown
}

/**
 * Zod's own messages for the checks that carry no message of their own, in
 * Bahasa Indonesia. A message written on the schema ("price: harga minimal…")
 * wins over this one: zod asks the schema first.
 */
export function indonesianIssue(issue: RawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "wajib diisi" : `harus berupa ${TYPE_NAMES[issue.expected ?? ""] ?? issue.expected}`
    case "too_small":
      return limit(issue.origin, issue.minimum, true)
    case "too_big":
      return limit(issue.origin, issue.maximum, false)
    case "invalid_value":
      return issue.input === undefined ? "wajib diisi" : `pilih salah satu dari ${(issue.values ?? []).join(", ")}`
    case "unrecognized_keys":
      return `isian tidak dikenal: ${(issue.keys ?? []).join(", ")}`
    case "invalid_format":
      return issue.format === "url" ? "harus alamat web (URL) yang benar" : issue.format === "email" ? "harus alamat email yang benar" : "formatnya tidak benar"
    case "not_multiple_of":
      return `harus kelipatan ${issue.divisor}`
    default:
      return "isian tidak valid"
  }
}

/** A schema message already names its field ("price: …"); zod's own ones get the field put in front. */
const NAMES_ITS_FIELD = /^[a-z_][a-z0-9_.]*: /i

export function describeIssues(issues: Array<{ path: PropertyKey[]; message: string }>) {
  return issues
    .slice(0, 3)
    .map(({ path, message }) => (NAMES_ITS_FIELD.test(message) || !path.length ? message : `${path.map(String).join(".")}: ${message}`))
    .join("; ")
}

/** Medusa's validators answer strict schemas as strict; so must the check that runs before them. */
function asStrict(schema: z.ZodType): z.ZodType {
  return "strict" in schema && typeof schema.strict === "function" ? schema.strict() : schema
}

/**
 * Checks the body (or query) before Medusa's own validator, which would word
 * type and range failures in English ("Value for field 'price' too small"):
 * a failure here is the same 400 `invalid_data`, naming the field in Indonesian.
 * Valid input passes on untouched, and Medusa's validator then transforms it as before.
 */
export function inIndonesian(schema: z.ZodType, source: "body" | "query" = "body") {
  const strict = asStrict(schema)
  return async function checkInIndonesian(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    const result = await strict.safeParseAsync(source === "body" ? (req.body ?? {}) : req.query, { error: (issue) => indonesianIssue(issue as RawIssue) })
    if (result.success) {
      next()
      return
    }
    next(new MedusaError(MedusaError.Types.INVALID_DATA, describeIssues(result.error.issues)))
  }
}
