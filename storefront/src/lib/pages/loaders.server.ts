import type { AstroGlobal } from "astro"
import { currentCustomer, listOrders, sessionToken } from "../account.server"
import { readCart, rememberCartCount, type CartView } from "../cart.server"
import { secureCookies } from "../http/request-origin.server"
import { parseId } from "../cart"
import { stockShortfalls } from "../data/stock-left"
import { stockMessage } from "../../i18n/problems"
import { askOrderKey, ORDER_KEY_PARAM } from "../order-access.server"
import { listSavedAddresses } from "../saved-addresses.server"
import { favouriteCards, savedHandles } from "../wishlist.server"
import { getOrder, listDeliveryChoices, listPaymentMethods, readCheckoutCart } from "../checkout.server"
import { cardClientSecret } from "../checkout-actions.server"
import { STRIPE_PUBLISHABLE_KEY } from "astro:env/server"
import { listCategories, type CategoryLink } from "../data/categories"
import { getProducer, getProductDetail, getVillage, listKecamatan, listVillages } from "../data/catalogue"
import { getUpcomingHarvest, listUpcomingHarvests, type UpcomingHarvest } from "../data/harvests"
import { listCuratorsPicks, listProductSummaries } from "../data/products"
import { searchCatalogue } from "../data/search"
import { listDeliveryRates } from "../data/delivery-rates"
import { loadVillageMapData, type VillageMapData } from "../data/village-map"
import { PAGE_SIZE, readSearchParams } from "../search-params"
import { BUSY_RETRY_AFTER_SECONDS, isBackendBusy } from "../http/backend-busy"
import { addressDraft } from "../checkout-draft"
import { localeOf } from "../../i18n"
import { PageTags, shows } from "../page-tags.server"
import { myReviews } from "../review-actions.server"

/**
 * Each page's data, loaded in the page itself: a status code (404, 503) can
 * only be set before the page starts streaming, not from a component inside it.
 */

/** A part of a page that may fail alone: logged and left out, the rest of the page still serves. */
async function optional<T>(what: string, load: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await load()
  } catch (error) {
    console.error(`${what} could not be loaded`, error)
    return fallback
  }
}

export async function loadHome(astro: AstroGlobal) {
  const extras = Promise.all([
    optional<UpcomingHarvest[]>("home: harvests", () => listUpcomingHarvests(8), []),
    optional<VillageMapData | null>("home: village map", () => loadVillageMapData(), null),
    optional<CategoryLink[]>("home: categories", () => listCategories(), []),
  ])
  try {
    const [picks, products] = await Promise.all([listCuratorsPicks(8), listProductSummaries({ limit: 24 })])
    const [harvests, map, categories] = await extras
    shows(
      astro.request,
      PageTags.LISTS,
      PageTags.HARVESTS,
      ...[...picks, ...products, ...harvests.map((harvest) => harvest.product)].map((product) => PageTags.product(product.id))
    )
    return { picks, products, harvests, map, categories, unavailable: false }
  } catch (error) {
    console.error("home: products could not be loaded", error)
    astro.response.status = 503
    if (isBackendBusy(error)) astro.response.headers.set("retry-after", String(BUSY_RETRY_AFTER_SECONDS))
    const [harvests, map, categories] = await extras
    return { picks: [], products: [], harvests, map, categories, unavailable: true }
  }
}

export async function loadProduct(astro: AstroGlobal) {
  const product = await getProductDetail(astro.params.handle!)
  if (!product) {
    astro.response.status = 404
  }
  const [producer, harvest, deliveryRates] = await Promise.all([
    product?.producerHandle ? getProducer(product.producerHandle) : null,
    product ? optional("product: harvest", () => getUpcomingHarvest(product.id), null) : null,
    product ? optional("product: delivery rates", () => listDeliveryRates(), []) : [],
  ])
  // The page shows its producer (name, desa, licences, story), not the producer's other products:
  // a change or an approval of one of those must not empty it (at 10,000 products a producer has hundreds).
  if (product) shows(astro.request, PageTags.product(product.id), ...(producer ? [PageTags.producerProfile(producer.handle)] : []))
  return { product, producer, harvest, deliveryRates }
}

export async function loadProducer(astro: AstroGlobal) {
  const producer = await getProducer(astro.params.handle!)
  if (!producer) {
    astro.response.status = 404
    return { producer, products: [] }
  }
  const ids = producer.products.map((product) => product.id)
  shows(astro.request, PageTags.producer(producer.handle), ...ids.map(PageTags.product))
  return { producer, products: ids.length ? await listProductSummaries({ limit: 100, producer: producer.handle }) : [] }
}

export async function loadVillage(astro: AstroGlobal) {
  const village = await getVillage(astro.params.handle!)
  if (!village) {
    astro.response.status = 404
  } else {
    shows(astro.request, PageTags.desa(village.handle), ...village.producers.map((producer) => PageTags.producerProfile(producer.handle)))
  }
  return { village }
}

export async function loadKecamatan(astro: AstroGlobal) {
  const all = await listKecamatan()
  const kecamatan = all.find((row) => row.handle === astro.params.handle) ?? null
  if (!kecamatan) {
    astro.response.status = 404
  }
  const [villages, map] = await Promise.all([
    kecamatan ? listVillages(kecamatan.handle) : [],
    kecamatan ? optional<VillageMapData | null>("kecamatan: village map", () => loadVillageMapData(all), null) : null,
  ])
  if (kecamatan) shows(astro.request, PageTags.kecamatan(kecamatan.handle), PageTags.LISTS)
  return { kecamatan, villages, map }
}

/**
 * After an out-of-stock refusal: which product it was and what its shelf holds now, from the
 * store API. The variant the buyer asked for (`varian`, from adding or changing a line) or else
 * every line of the cart (placing the order). Null falls back to the plain out-of-stock text.
 */
async function outOfStockMessage(astro: AstroGlobal, cart: CartView | null): Promise<string | null> {
  if (astro.url.searchParams.get("galat") !== "out_of_stock") return null
  const asked = parseId(astro.url.searchParams.get("varian"), "variant", "bad_variant")
  const wanted =
    asked !== "bad_variant"
      ? [{ variantId: asked, quantity: Infinity }]
      : (cart?.lines ?? []).flatMap((line) => (line.variantId ? [{ variantId: line.variantId, quantity: line.quantity }] : []))
  const shortfalls = await stockShortfalls(wanted).catch(() => [])
  return stockMessage(localeOf(astro.currentLocale), shortfalls)
}

export async function loadCart(astro: AstroGlobal) {
  astro.response.headers.set("cache-control", "private, no-store")
  if (astro.url.searchParams.get("galat")) {
    astro.response.status = 400
  }
  const cart = await readCart(astro.cookies)
  // The header's count follows what the cart page shows (another tab, a completed order).
  rememberCartCount(astro.cookies, cart?.itemCount ?? 0, secureCookies(astro))
  const added = cart?.lines.find((line) => line.variantId && line.variantId === astro.url.searchParams.get("ditambah")) ?? null
  const [stockProblem, deliveryRates] = await Promise.all([
    outOfStockMessage(astro, cart),
    cart?.lines.length ? optional("cart: delivery rates", () => listDeliveryRates(cart.id), []) : [],
  ])
  return { cart, added, stockProblem, deliveryRates }
}

/** The listing and the search results: the same search, with or without words. A refused filter is a 400. */
export async function loadSearch(astro: AstroGlobal, path: "/produk" | "/cari") {
  const params = readSearchParams(astro.url)
  try {
    const result = await searchCatalogue(params)
    shows(astro.request, PageTags.LISTS, ...result.products.map((product) => PageTags.product(product.id)))
    return { params, result, path, searchDown: false }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status && status < 500) {
      astro.response.status = 400
      return { params, result: null, path, searchDown: false }
    }
    // The search engine is down. The catalogue page still lists the products (newest first, no
    // filters) from the product API, saying that search and filters are unavailable for now.
    if (path === "/produk") {
      try {
        const products = await listProductSummaries({ limit: PAGE_SIZE })
        shows(astro.request, PageTags.LISTS, ...products.map((product) => PageTags.product(product.id)))
        return { params, result: { products, facets: {}, count: products.length }, path, searchDown: true }
      } catch (listError) {
        console.error("catalogue: products could not be loaded", listError)
      }
    }
    astro.response.status = 503
    return { params, result: null, path, searchDown: true }
  }
}

export async function loadAccount(astro: AstroGlobal) {
  astro.response.headers.set("cache-control", "private, no-store")
  if (astro.url.searchParams.get("galat")) {
    astro.response.status = 400
  }
  const token = sessionToken(astro.cookies)
  const customer = await currentCustomer(token)
  if (!customer || !token) return { customer, orders: [], addresses: [] }
  const [orders, addresses] = await Promise.all([listOrders(token), optional("account: saved addresses", () => listSavedAddresses(token), [])])
  return { customer, orders, addresses }
}

export async function loadCheckout(astro: AstroGlobal) {
  astro.response.headers.set("cache-control", "private, no-store")
  if (astro.url.searchParams.get("galat")) {
    astro.response.status = 400
  }
  const cart = await readCart(astro.cookies)
  const token = sessionToken(astro.cookies)
  const [saved, customer, kecamatan, addresses] = await Promise.all([
    cart?.lines.length ? readCheckoutCart(cart.id) : null,
    currentCustomer(token),
    // Suggestions for the kecamatan field: the courier's tariff knows Pacitan's by name.
    optional("kecamatan", () => listKecamatan().then((rows) => rows.map((row) => row.name)), [] as string[]),
    token && cart?.lines.length ? optional("checkout: saved addresses", () => listSavedAddresses(token), []) : [],
  ])
  return { cart, address: saved?.address ?? null, draft: addressDraft(astro.cookies), customer, kecamatan, addresses: customer ? addresses : [] }
}

/** The second step: delivery priced for the address the cart holds, and the payment methods that go with it. */
export async function loadDelivery(astro: AstroGlobal) {
  astro.response.headers.set("cache-control", "private, no-store")
  if (astro.url.searchParams.get("galat")) {
    astro.response.status = 400
  }
  const cart = await readCart(astro.cookies)
  const saved = cart?.lines.length ? await readCheckoutCart(cart.id) : null
  if (!cart || !saved?.address) {
    return { redirect: "/checkout" as const }
  }
  const [choices, offered] = await Promise.all([listDeliveryChoices(cart.id), listPaymentMethods(saved.region_id)])
  // A card needs Stripe on both sides: the backend's provider and the storefront's publishable key.
  const methods = offered.filter((method) => method !== "card" || Boolean(STRIPE_PUBLISHABLE_KEY))
  return { cart, address: saved.address, choices, methods, stockProblem: await outOfStockMessage(astro, cart) }
}

/** The card step: Stripe's Payment Element needs the session's client secret and the shop's publishable key. */
export async function loadCard(astro: AstroGlobal) {
  astro.response.headers.set("cache-control", "private, no-store")
  if (astro.url.searchParams.get("galat")) {
    astro.response.status = 400
  }
  const cart = await readCart(astro.cookies)
  const clientSecret = cardClientSecret(astro)
  if (!cart || !clientSecret) {
    return { redirect: "/checkout/pengiriman" as const }
  }
  return { cart, clientSecret, publishableKey: STRIPE_PUBLISHABLE_KEY ?? null, stockProblem: await outOfStockMessage(astro, cart) }
}

/**
 * An order's page from the link in its confirmation (`?kunci=`): the key shows
 * it is the buyer who opened it, not someone who only knows the order's id.
 */
export async function loadOrder(astro: AstroGlobal) {
  astro.response.headers.set("cache-control", "private, no-store")
  const orderId = astro.params.id!
  const accessKey = await askOrderKey(orderId, { key: astro.url.searchParams.get(ORDER_KEY_PARAM) ?? undefined })
  return orderPageProps(astro, orderId, accessKey, false)
}

/** The same page for a signed-in buyer, from their account: their login proves it is their order. */
export async function loadAccountOrder(astro: AstroGlobal) {
  astro.response.headers.set("cache-control", "private, no-store")
  const token = sessionToken(astro.cookies)
  const accessKey = token ? await askOrderKey(astro.params.id!, { token }) : null
  const props = await orderPageProps(astro, astro.params.id!, accessKey, true)
  // The products of this order that reached the buyer: what they may review, and what they wrote.
  const reviews = token && props.order ? await myReviews(token).catch(() => null) : null
  const ofOrder = reviews && {
    reviewable: reviews.reviewable.filter((product) => product.order_id === props.order!.id),
    written: reviews.reviews.filter((review) => review.order_id === props.order!.id),
  }
  return { ...props, reviews: ofOrder, signedIn: Boolean(token) }
}

async function orderPageProps(astro: AstroGlobal, orderId: string, accessKey: string | null, fromAccount: boolean) {
  const order = accessKey ? await getOrder(orderId, accessKey) : null
  if (!order) astro.response.status = 404
  else if (astro.url.searchParams.get("galat")) astro.response.status = 400
  return { order, accessKey, fromAccount }
}

/** The signed-in buyer's favourites as cards; null when no one is signed in. */
export async function loadFavourites(astro: AstroGlobal) {
  astro.response.headers.set("cache-control", "private, no-store")
  const token = sessionToken(astro.cookies)
  if (!token || !(await currentCustomer(token))) return null
  if (astro.url.searchParams.get("galat")) astro.response.status = 400
  return { products: await favouriteCards(await savedHandles(token)) }
}
