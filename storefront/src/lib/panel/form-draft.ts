import type { AstroCookies } from "astro"
import { deflateRawSync, inflateRawSync } from "node:zlib"

/** What a refused panel form held, for the page it comes back to: read once, like the flash message. */
const DRAFT_COOKIE = "pd_panel_isian"
/** A cookie holds about 4 KB; a draft larger than this even compressed is not kept (the message still says why). */
const MOST_BYTES = 3600

export type FormDraft = {
  /** The first value sent for a field, or `fallback` when the form did not come back. */
  value(name: string, fallback?: string | number | null): string
  /** Every value sent for a field (variant rows, checked categories), or `fallback`. */
  values(name: string, fallback?: string[]): string[]
  /** Whether the page shows a form that came back refused. */
  kept: boolean
}

/**
 * A refused form comes back as the producer typed it: on a phone, retyping a
 * description, the ingredients and three variants after one wrong number is
 * how people give up. Compressed, so a long description still fits a cookie.
 */
export function keepFormDraft(cookies: AstroCookies, form: FormData, secure: boolean) {
  const fields: Record<string, string[]> = {}
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") (fields[name] ??= []).push(value)
  }
  const packed = deflateRawSync(JSON.stringify(fields)).toString("base64url")
  if (packed.length > MOST_BYTES) return
  cookies.set(DRAFT_COOKIE, packed, { path: "/panel", httpOnly: true, sameSite: "lax", secure, maxAge: 600 })
}

export function takeFormDraft(cookies: AstroCookies): FormDraft {
  const packed = cookies.get(DRAFT_COOKIE)?.value
  let fields: Record<string, unknown> = {}
  if (packed) {
    cookies.delete(DRAFT_COOKIE, { path: "/panel" })
    try {
      fields = JSON.parse(inflateRawSync(Buffer.from(packed, "base64url"), { maxOutputLength: 64 * 1024 }).toString("utf8"))
    } catch {
      fields = {}
    }
  }
  const sent = (name: string) => {
    const found = fields[name]
    return Array.isArray(found) ? found.filter((value): value is string => typeof value === "string") : undefined
  }
  return {
    kept: Object.keys(fields).length > 0,
    value: (name, fallback = "") => sent(name)?.[0] ?? (fallback === null ? "" : String(fallback)),
    values: (name, fallback = []) => sent(name) ?? fallback,
  }
}
