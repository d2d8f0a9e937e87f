import type { APIRoute } from "astro"
import { siteOrigin } from "../lib/http/request-origin.server"
import { robotsTxt } from "../lib/robots"

export const GET: APIRoute = (context) =>
  new Response(robotsTxt(siteOrigin(context)), { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=86400" } })
