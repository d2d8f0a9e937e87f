import type { APIRoute } from "astro"
import { robotsTxt } from "../lib/robots"

export const GET: APIRoute = ({ url }) =>
  new Response(robotsTxt(url.origin), { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=86400" } })
