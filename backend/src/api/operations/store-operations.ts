import { StoreListHarvestsQuery } from "../store/harvests/validators"
import { StoreDeliveryRatesQuery } from "../store/delivery-rates/validators"
import { StoreCatalogueChangesQuery } from "../store/catalogue-changes/validators"
import { StoreCatalogueCardsQuery } from "../store/catalogue/cards/validators"
import { StoreSearchProductsQuery } from "../store/search/products/validators"
import { StoreListVillagesQuery } from "../store/villages/validators"
import { StoreCancelOrder, StoreOrderAccessKey } from "../store/orders/validators"
import { StoreCreateReview } from "../store/customers/me/reviews/validators"
import { StoreAskStockAlert } from "../store/stock-alerts/validators"
import type { Operation } from "./operation"

const STORE = "Any store client with the publishable key (the storefront); no login."
const CUSTOMER = "A signed-in buyer (POST /auth/customer/emailpass, as a bearer token or a session) with the publishable key."
const VISIBLE = "Only active producers and products published in the key's sales channels count."

/** Our `/store/*` routes, beside Medusa's own store API. */
export const storeOperations: Operation[] = [
  {
    method: "GET",
    path: "/store/kecamatan",
    auth: "store",
    summary: "Lists the 12 kecamatan of Pacitan with their counts",
    description: `${STORE} Answers \`{ kecamatan: [{ id, code, name, handle, latitude, longitude, story, image_url, desa_count, producer_count, product_count }] }\` in code order. ${VISIBLE}`,
  },
  {
    method: "GET",
    path: "/store/villages",
    auth: "store",
    summary: "Lists the desa, of one kecamatan or all",
    description: `${STORE} Answers \`{ villages: [{ …desa, kecamatan: { id, name, handle }, producer_count, product_count }], count }\`; \`with_producers=true\` keeps only desa with an active producer. ${VISIBLE}`,
    query: StoreListVillagesQuery,
    errors: { 404: "The kecamatan handle is unknown." },
  },
  {
    method: "GET",
    path: "/store/villages/:handle",
    auth: "store",
    summary: "Shows one desa with its kecamatan and producers",
    description: `${STORE} Answers \`{ village: { …desa, kecamatan, producers: [producer + product_count], product_count } }\`. ${VISIBLE}`,
  },
  {
    method: "GET",
    path: "/store/producers/:handle",
    auth: "store",
    summary: "Shows an active producer's public page",
    description: `${STORE} Answers \`{ producer: { …public fields, licences, village: { …, kecamatan }, products } }\`; \`whatsapp\` is null unless the producer made it public. Suspended or pending producers are a 404.`,
  },
  {
    method: "GET",
    path: "/store/delivery-rates",
    auth: "store",
    summary: "What each way of delivery costs, before any cart or address",
    description: `${STORE} Answers \`{ delivery_rates: [{ kind: "pickup", name, description, amount: 0 } | { kind: "courier", name, description, kabupaten, min_amount, max_amount, kecamatan: [{ handle, name, amount }] } | { kind: "expedition", name, description, kabupaten, from_amount, parcel_grams, amount_for_grams, perishable_allowed: false, perishables }] }\`, cheapest way first, amounts in rupiah. A parcel prices the expedition in \`amount_for_grams\`: \`grams\` (a weight) or \`cart_id\` (that cart's items, whose fresh or ready-to-eat products are then listed in \`perishables\`: with any, the expedition cannot take the cart). The courier serves only the kabupaten, the expedition only beyond it.`,
    query: StoreDeliveryRatesQuery,
    errors: { 404: "The cart is unknown." },
  },
  {
    method: "GET",
    path: "/store/harvests",
    auth: "store",
    summary: "Lists upcoming harvests buyers can pre-order from",
    description: `${STORE} Answers \`{ harvests: [{ id, expected_on, forecast_quantity, unit, note, preorder_remaining, product: { …, producer, desa } }], count }\`: harvests due today or later (Pacitan time), soonest first. ${VISIBLE}`,
    query: StoreListHarvestsQuery,
  },
  {
    method: "GET",
    path: "/store/search/products",
    auth: "store",
    summary: "Searches buyable products with filters and facets",
    description: `${STORE} Free text (typos and village names welcome), filters by place, producer, category, halal, stock and price, and a sort order; answers \`{ hits, facets, count, corrected_q, did_you_mean }\` (\`corrected_q\`: the corrected words answered when the typed ones found nothing; \`did_you_mean\`: only when nothing was found, \`{ queries: [{ q, count }], categories: [{ handle, name, count }] }\`, fewer of the buyer's words that do find products and categories to browse) for the storefront's results page and its suggestions as the buyer types (every word must match, the last one as a prefix). ${VISIBLE}`,
    query: StoreSearchProductsQuery,
    errors: { 503: "The search engine is not answering (`search_unavailable`, with Retry-After); the rest of the catalogue still serves." },
  },
  {
    method: "GET",
    path: "/store/catalogue/cards",
    auth: "store",
    summary: "Lists products as catalogue cards, oldest or newest first",
    description: `${STORE} Answers \`{ cards: [{ id, handle, title, description, thumbnail, fromPrice, producerName, villageName, okOce, inStock, sold, rating: { average, count } | null }], count }\`: every buyable product, or one producer's (\`producer\`), one collection's (\`collection\`, such as \`pilihan-kurator\`), or those of up to 100 comma-separated \`handles\` (a search's hits, a buyer's favourites), by \`order\` (\`created_at\`, the default, or \`-created_at\`). \`fromPrice\`: the cheapest variant in whole rupiah. Read from views the catalogue's events keep current, so it costs one indexed query. ${VISIBLE}`,
    query: StoreCatalogueCardsQuery,
  },
  {
    method: "GET",
    path: "/store/catalogue/products/:handle",
    auth: "store",
    summary: "Shows what a product's page shows",
    description: `${STORE} Answers \`{ product: { id, handle, title, description, thumbnail, images, okOce, sold, rating: { average, count } | null, producerHandle, compliance, variants: [{ id, title, price, inStock, quantity }], reviews: [{ id, reviewer_name, rating, body, created_at }] } }\`: prices in whole rupiah, \`quantity\` the units left now (null when not counted); \`rating\` and \`reviews\` (the newest ten) from approved reviews only. Two indexed queries. ${VISIBLE}`,
    errors: { 404: "No buyable product has this handle." },
  },
  {
    method: "GET",
    path: "/store/catalogue-revision",
    auth: "store",
    summary: "Tells the catalogue's current revision",
    description: `${STORE} Answers \`{ revision }\`, a number that changes whenever anything on a catalogue page may have changed; a storefront keeps a rendered page only while its revision is current. Never cached.`,
  },
  {
    method: "GET",
    path: "/store/catalogue-changes",
    auth: "store",
    summary: "Tells what changed on catalogue pages since a cursor",
    description: `${STORE} Answers \`{ cursor, changes: [{ id, xid, tag, hard }], everything }\`: the changes since \`after\` (the previous answer's cursor; without it only a cursor), each naming what a page shows (\`product:<id>\`, \`producer:<handle>\`, \`desa:<handle>\`, \`kecamatan:<handle>\`, \`lists\`, \`harvests\`). Hard: who may see it changed, no page may show the old copy. A change may come twice; its id tells. \`everything\`: too many to list, empty every page. Never cached.`,
    query: StoreCatalogueChangesQuery,
  },
  {
    method: "GET",
    path: "/store/carts/:id/delivery-options",
    auth: "store",
    summary: "Lists the cart's delivery options as checkout shows them",
    description: `${STORE} Answers \`{ delivery_options }\`: each option priced for the cart's address and parcel, or unavailable with the reason (perishable food cannot take the expedition, the courier stays in Pacitan).`,
  },
  {
    method: "GET",
    path: "/store/orders/:id/payment-instructions",
    auth: "store",
    summary: "Tells the buyer of an order how to pay",
    description: `${STORE} Only for the order's buyer: the key of its link in the \`x-order-key\` header (see access-key), or the signed-in customer it belongs to; the id alone, which producers see too, gets a 404. Answers \`{ payment }\` for the confirmation page: which method, whether paid or canceled; for a bank transfer the account, exact amount, reference and deadline; for cash on delivery where it is paid. \`payment\` is null for an order without a payment.`,
  },
  {
    method: "GET",
    path: "/store/orders/:id/progress",
    auth: "store",
    summary: "Tells the buyer where each producer's part of their order has got",
    description: `${STORE} Only for the order's buyer: the key of its link in the \`x-order-key\` header (see access-key), or the signed-in customer it belongs to; the id alone, which producers see too, gets a 404. Answers \`{ progress }\`: the order's delivery kind, when it was placed, paid and cancelled, and per producer their lines, tracking note and the steps reached with their times (placed, paid, accepted, packed, handed_over or shipped, delivered, canceled).`,
    errors: { 404: "No order has this id, or the reader is not its buyer." },
  },
  {
    method: "POST",
    path: "/store/orders/:id/transfer-receipts",
    auth: "store",
    summary: "Attaches a photo of the buyer's transfer receipt to the order",
    description: `${STORE} \`multipart/form-data\` with one image in \`receipt\` (JPEG, PNG, WebP or HEIF; at most 8 MB) and the order link's \`key\` (see access-key): the id alone, which producers see too, is not enough. Only for a bank-transfer order still waiting for its money, at most three per order. Kept privately for coordinators, upright, at most 1600 px, as JPEG without metadata (no EXIF or GPS). Answers \`{ receipt: { id, created_at } }\`.`,
    status: 201,
    errors: {
      400: "Not a picture, too big, not a waiting transfer order, or a fourth photo.",
      403: "The key is not the order's.",
      404: "No order has this id.",
    },
  },
  {
    method: "GET",
    path: "/store/carts/:id/preorders",
    auth: "store",
    summary: "Says which of a cart's lines wait for a harvest",
    description: `${STORE} Answers \`{ preorders: [{ line_id, from_harvest, expected_on }] }\`: the lines the shelf cannot cover for a product whose harvest is upcoming, how many of each come from the harvest, and the day it is expected (YYYY-MM-DD, Pacitan time); empty when the shelf covers the cart. The order keeps the same facts on its lines (\`metadata.harvest_expected_on\`, \`metadata.from_harvest\`).`,
    errors: { 404: "The cart is unknown." },
  },
  {
    method: "POST",
    path: "/store/orders/:id/access-key",
    auth: "store",
    summary: "Gives the buyer the key of their order's link",
    description: `${STORE} The key makes the order's private link (\`/pesanan/<id>?kunci=<key>\`) and is what cancelling asks for: an order's id alone, which producers and coordinators also see, is not enough. Given to whoever proves to be the buyer: \`cart_id\`, the cart the order was made from (the storefront, right after checkout); a signed-in customer's session or bearer token, for their own order; or \`key\`, a link's key checked again. Answers \`{ key }\`, the same for the order every time.`,
    body: StoreOrderAccessKey,
    errors: { 404: "No order has this id, or nothing given proves the caller is its buyer." },
  },
  {
    method: "POST",
    path: "/store/orders/:id/cancel",
    auth: "store",
    summary: "The buyer cancels their order while it is unpaid",
    description: `${STORE} With the order's \`key\` (see access-key) and a \`reason\` (changed_mind, ordered_wrong, delivery_too_dear, cannot_pay, too_slow, other). Only while no payment is received and no producer has packed; the stock goes back on sale, the payment is canceled, and the reason is kept and shown on the order's progress. Two requests at once are taken in turn: the second is refused as already canceled. Answers \`{ order: { id, status, canceled_at } }\`.`,
    body: StoreCancelOrder,
    errors: {
      400: "No reason or not one of the list, or not a key.",
      403: "The key is not the order's.",
      404: "No order has this id.",
      409: "Already canceled, paid, or packed by a producer: the centre cancels it.",
    },
  },
  {
    method: "POST",
    path: "/store/stock-alerts",
    auth: "store",
    summary: "Asks to hear when a sold-out product is back",
    description: `${STORE} \`{ handle, email, locale? }\` (id, the default, or en). The address gets one message, in that language, when any variant of the product can be bought again; the alert is then deleted. Asking again for the same product keeps one alert and answers 200 instead of 201. Answers \`{ stock_alert: { product_id, email } }\`. ${VISIBLE}`,
    body: StoreAskStockAlert,
    status: 201,
    errors: { 404: "No buyable product has this handle.", 409: "The product is in stock, or the address already waits for 20 products." },
  },
  {
    method: "GET",
    path: "/store/customers/me/reviews",
    auth: "customer",
    summary: "What the signed-in buyer may review, and the reviews they wrote",
    description: `${CUSTOMER} Answers \`{ reviewable: [{ order_id, display_id, product_id, title, thumbnail, delivered_at }], reviews: [{ id, order_id, product_id, rating, body, status, created_at }] }\`: products of their orders that a coordinator marked delivered or picked up and that they have not reviewed for that order, newest delivery first; then their reviews, newest first, each pending, approved or rejected.`,
  },
  {
    method: "POST",
    path: "/store/customers/me/reviews",
    auth: "customer",
    summary: "The buyer reviews a product they received",
    description: `${CUSTOMER} \`{ order_id, product_id, rating: 1–5, body? }\` (at most 1,000 characters). Only for a product of their own order whose parcel a coordinator marked delivered or picked up, once per product and order; two taps at once make one review. Buyers see it once a coordinator approves it. Answers 201 \`{ review }\` with status pending.`,
    body: StoreCreateReview,
    status: 201,
    errors: {
      404: "The order is not the buyer's, or the product is not in it.",
      409: "Not delivered or picked up yet, or already reviewed for this order.",
    },
  },
]
