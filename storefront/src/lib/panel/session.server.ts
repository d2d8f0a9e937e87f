import type { AstroCookies } from "astro"

/**
 * The producer's token has its own cookie, scoped to /panel: a producer who is
 * also a buyer keeps both sessions, and the storefront's buyer pages never
 * receive the producer's token.
 */
const PANEL_COOKIE = "pd_panel"
/** One message for the next page after a form post (Post/Redirect/Get), read once. */
const FLASH_COOKIE = "pd_panel_pesan"

const base = { path: "/panel", httpOnly: true, sameSite: "lax" as const }

export const panelToken = (cookies: AstroCookies) => cookies.get(PANEL_COOKIE)?.value

export function startPanelSession(cookies: AstroCookies, token: string, secure: boolean) {
  cookies.set(PANEL_COOKIE, token, { ...base, secure, maxAge: 60 * 60 * 24 })
}

export function endPanelSession(cookies: AstroCookies) {
  cookies.delete(PANEL_COOKIE, { path: "/panel" })
}

export type Flash = { kind: "ok" | "galat"; text: string }

export function setFlash(cookies: AstroCookies, flash: Flash, secure: boolean) {
  cookies.set(FLASH_COOKIE, JSON.stringify(flash), { ...base, secure, maxAge: 120 })
}

export function takeFlash(cookies: AstroCookies): Flash | undefined {
  const raw = cookies.get(FLASH_COOKIE)?.value
  if (!raw) return undefined
  cookies.delete(FLASH_COOKIE, { path: "/panel" })
  try {
    const flash = JSON.parse(raw) as Flash
    return typeof flash.text === "string" ? { kind: flash.kind === "ok" ? "ok" : "galat", text: flash.text.slice(0, 300) } : undefined
  } catch {
    return undefined
  }
}

/** Panel answers are one producer's own data: never kept by a browser, proxy or the page cache. */
export const NO_STORE = { "cache-control": "private, no-store" }

/** A 303 after a form post that no cache keeps either (context.redirect gives no way to set headers). */
export function seeOther(location: string) {
  return new Response(null, { status: 303, headers: { location, ...NO_STORE } })
}
