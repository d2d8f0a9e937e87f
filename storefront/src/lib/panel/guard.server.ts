import type { AstroGlobal } from "astro"
import { PanelError, producerApi, type Me } from "./api.server"
import { loadFailure } from "./load-failure"
import { endPanelSession, panelToken, seeOther, setFlash } from "./session.server"
import { secureCookies } from "../http/request-origin.server"

/** Where a producer still waiting for a coordinator's activation is sent from every other panel page. */
export const WAITING_PAGE = "/panel/menunggu"

/**
 * A pending producer may read only their own profile (the backend refuses the rest with 403,
 * worded like a suspension): the profile's status tells the two apart.
 */
export async function isPending(token: string | undefined): Promise<boolean> {
  if (!token) return false
  try {
    return (await producerApi<{ producer: Me }>(token, "/producer/me")).producer.status === "pending"
  } catch {
    return false
  }
}

/** What the guards read of a request: a page's `Astro` and an endpoint's context both have it. */
type PanelRequest = Pick<AstroGlobal, "cookies" | "rewrite" | "url" | "request">

/** The signed-in producer's token, or the answer that sends a visitor to the login form. */
export function requireToken(Astro: Pick<PanelRequest, "cookies">): string | Response {
  return panelToken(Astro.cookies) ?? seeOther("/panel/masuk")
}

/**
 * Loads what a panel page shows; a token the backend no longer accepts (expired,
 * producer suspended) ends the panel session and shows the login form with the reason,
 * and what the backend does not give this producer (another producer's product) is the 404 page.
 */
export async function loadOrSignIn<T>(Astro: PanelRequest, load: () => Promise<T>): Promise<T | Response> {
  try {
    return await load()
  } catch (error) {
    const failure = error instanceof PanelError ? loadFailure(error.status) : "error"
    if (failure === "not-found") return Astro.rewrite("/404")
    if (failure === "pending-or-sign-in" && (await isPending(panelToken(Astro.cookies)))) {
      return seeOther(WAITING_PAGE)
    }
    if (failure === "sign-in" || failure === "pending-or-sign-in") {
      endPanelSession(Astro.cookies)
      if (failure === "pending-or-sign-in") setFlash(Astro.cookies, { kind: "galat", text: (error as PanelError).message }, secureCookies(Astro))
      return seeOther("/panel/masuk")
    }
    throw error
  }
}
