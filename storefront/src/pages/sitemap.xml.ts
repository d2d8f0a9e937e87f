import type { APIRoute } from "astro"
import { medusa } from "../lib/medusa"
import { listKecamatan, listVillages } from "../lib/data/catalogue"
import { siteOrigin } from "../lib/http/request-origin.server"
import { PageTags, shows } from "../lib/page-tags.server"

const PAGE = 200

/** Every product, producer, village and kecamatan page a buyer can reach, in both languages. */
async function buyerPaths(request: Request): Promise<string[]> {
  const paths = new Set<string>(["/"])
  for (let offset = 0; ; offset += PAGE) {
    const { products, count } = await medusa.store.product.list({ limit: PAGE, offset, fields: "id,handle,+producer.handle" })
    // A product whose handle changes is a change of that product; one that appears or goes, of the lists.
    shows(request, PageTags.LISTS, ...products.map((product) => PageTags.product(product.id)))
    for (const product of products as Array<{ handle: string; producer?: { handle: string } | null }>) {
      paths.add(`/produk/${product.handle}`)
      if (product.producer?.handle) paths.add(`/produsen/${product.producer.handle}`)
    }
    if (offset + PAGE >= count) break
  }
  for (const kecamatan of await listKecamatan()) paths.add(`/kecamatan/${kecamatan.handle}`)
  for (const village of await listVillages()) paths.add(`/desa/${village.handle}`)
  return [...paths]
}

export const GET: APIRoute = async (context) => {
  const origin = siteOrigin(context)
  const entries = (await buyerPaths(context.request)).map((path) => {
    const id = `${origin}${path}`
    const en = `${origin}${path === "/" ? "/en/" : `/en${path}`}`
    return `<url><loc>${id}</loc><xhtml:link rel="alternate" hreflang="id" href="${id}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/></url>`
  })
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries.join("")}</urlset>`
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" } })
}
