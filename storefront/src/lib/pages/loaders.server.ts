import type { AstroGlobal } from "astro"
import { readCart } from "../cart.server"
import { getProducer, getProductDetail, getVillage, listKecamatan, listVillages } from "../data/catalogue"
import { listCuratorsPicks, listProductSummaries } from "../data/products"

/**
 * Each page's data, loaded in the page itself: a status code (404, 503) can
 * only be set before the page starts streaming, not from a component inside it.
 */

export async function loadHome(astro: AstroGlobal) {
  try {
    const [picks, products] = await Promise.all([listCuratorsPicks(8), listProductSummaries({ limit: 24 })])
    return { picks, products, unavailable: false }
  } catch (error) {
    console.error("home: products could not be loaded", error)
    astro.response.status = 503
    return { picks: [], products: [], unavailable: true }
  }
}

export async function loadProduct(astro: AstroGlobal) {
  const product = await getProductDetail(astro.params.handle!)
  if (!product) {
    astro.response.status = 404
  }
  return { product, producer: product?.producerHandle ? await getProducer(product.producerHandle) : null }
}

export async function loadProducer(astro: AstroGlobal) {
  const producer = await getProducer(astro.params.handle!)
  if (!producer) {
    astro.response.status = 404
    return { producer, products: [] }
  }
  const ids = producer.products.map((product) => product.id)
  return { producer, products: ids.length ? await listProductSummaries({ limit: 100, id: ids }) : [] }
}

export async function loadVillage(astro: AstroGlobal) {
  const village = await getVillage(astro.params.handle!)
  if (!village) {
    astro.response.status = 404
  }
  return { village }
}

export async function loadKecamatan(astro: AstroGlobal) {
  const kecamatan = (await listKecamatan()).find((row) => row.handle === astro.params.handle) ?? null
  if (!kecamatan) {
    astro.response.status = 404
  }
  return { kecamatan, villages: kecamatan ? await listVillages(kecamatan.handle) : [] }
}

export async function loadCart(astro: AstroGlobal) {
  astro.response.headers.set("cache-control", "private, no-store")
  if (astro.url.searchParams.get("galat")) {
    astro.response.status = 400
  }
  return { cart: await readCart(astro.cookies) }
}
