import type { AstroGlobal } from "astro"
import { PanelError } from "./api.server"
import { endPanelSession, panelToken, seeOther, setFlash } from "./session.server"

/** The signed-in producer's token, or the answer that sends a visitor to the login form. */
export function requireToken(Astro: AstroGlobal): string | Response {
  return panelToken(Astro.cookies) ?? seeOther("/panel/masuk")
}

/**
 * Loads what a panel page shows; a token the backend no longer accepts (expired,
 * producer suspended) ends the panel session and shows the login form with the reason.
 */
export async function loadOrSignIn<T>(Astro: AstroGlobal, load: () => Promise<T>): Promise<T | Response> {
  try {
    return await load()
  } catch (error) {
    if (error instanceof PanelError && (error.status === 401 || error.status === 403)) {
      endPanelSession(Astro.cookies)
      if (error.status === 403) setFlash(Astro.cookies, { kind: "galat", text: error.message }, Astro.url.protocol === "https:")
      return seeOther("/panel/masuk")
    }
    throw error
  }
}
