import type { APIRoute } from "astro"
import { endPanelSession, seeOther } from "../../lib/panel/session.server"

/** A form post, not a link: a page elsewhere cannot sign the producer out with an image tag. */
export const POST: APIRoute = ({ cookies }) => {
  endPanelSession(cookies)
  return seeOther("/panel/masuk")
}
