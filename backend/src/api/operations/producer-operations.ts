import { z } from "@medusajs/framework/zod"
import { ProducerUpdateMe } from "../producer/me/validators"
import { ProducerDeclineOrder, ProducerListOrdersQuery, ProducerMoveOrder } from "../producer/orders/validators"
import { ProducerRecordHarvest, ProducerSetHarvest } from "../producer/products/[id]/harvest/validators"
import { listOwnProductsConfig } from "../producer/products/query-config"
import {
  ProducerCreateProduct,
  ProducerArrangePhotos,
  ProducerListProductsQuery,
  ProducerSubmitProduct,
  ProducerUpdateProduct,
} from "../producer/products/validators"
import { ProducerAcceptInvite, ProducerRegister } from "../producer/register/validators"
import { ProducerAdjustStock, ProducerListStockQuery, ProducerSetStock } from "../producer/stock/validators"
import { PayoutAccountBody, SettlementPageQuery } from "../../lib/settlement/settlement-view"
import { StatementQuery } from "../../lib/settlement/monthly-statement"
import { ProducerSalesQuery } from "../producer/reports/sales/validators"
import type { Operation } from "./operation"

/** Routes that take no query: anything sent (`fields`, ids of others) is a 400, never a wider answer. */
export const NoQuery = z.strictObject({})

/** A producer operation always names its query schema: `NoQuery` when it takes none. */
export type ProducerOperation = Operation & { query: z.ZodType }

const SIGNED_IN = "The signed-in producer, on their own data only."
const NEW_LOGIN = "A producer login not yet tied to a producer (just signed up with POST /auth/producer/emailpass/register)."

const operations: Array<Omit<ProducerOperation, "auth" | "query"> & { query?: z.ZodType }> = [
  {
    method: "POST",
    path: "/producer/register",
    summary: "Signs up a new producer, pending a coordinator's check",
    description: `${NEW_LOGIN} Creates the login's producer with status pending and answers \`{ producer, message }\`; the producer signs in again to get a token that carries the producer.`,
    body: ProducerRegister,
    status: 201,
  },
  {
    method: "POST",
    path: "/producer/invite/accept",
    summary: "Claims the producer a coordinator invited this login to",
    description: `${NEW_LOGIN} The token is the one in the coordinator's invite link, for the same email as the login. Answers \`{ producer, message }\`.`,
    body: ProducerAcceptInvite,
  },
  {
    method: "GET",
    path: "/producer/me",
    summary: "Shows the producer's own profile and licences",
    description: `${SIGNED_IN} A pending or suspended producer may read it too (with the coordinator's reason). Answers \`{ producer }\`.`,
  },
  {
    method: "POST",
    path: "/producer/me",
    summary: "Edits the producer's own profile and licences",
    description: `${SIGNED_IN} Handle, status and desa are the coordinator's. Licences get the same checks as a coordinator's edit; approved products that no longer pass them go back to review. Answers \`{ producer, products_sent_back_to_review }\`.`,
    body: ProducerUpdateMe,
  },
  {
    method: "GET",
    path: "/producer/products",
    summary: "Lists the producer's own products, newest first",
    description: `${SIGNED_IN} Filter by words in the title and by curation state. Answers \`{ products, count, limit, offset }\`.`,
    query: ProducerListProductsQuery,
    queryConfig: listOwnProductsConfig,
  },
  {
    method: "POST",
    path: "/producer/products",
    summary: "Creates a product as a curation draft",
    description: `${SIGNED_IN} One option whose values are the variant titles, prices in whole rupiah, and the food compliance record. Buyers see nothing until a coordinator approves it. Answers \`{ product }\`.`,
    body: ProducerCreateProduct,
    status: 201,
  },
  {
    method: "GET",
    path: "/producer/products/:id",
    summary: "Shows one of the producer's products with its curation history",
    description: `${SIGNED_IN} Another producer's product is a 404. Answers \`{ product }\`.`,
  },
  {
    method: "POST",
    path: "/producer/products/:id",
    summary: "Edits a product, its variants' prices and its food compliance",
    description: `${SIGNED_IN} A changed regulated field of an approved product sends it back to review. Answers \`{ product, sent_back_to_review }\`.`,
    body: ProducerUpdateProduct,
  },
  {
    method: "DELETE",
    path: "/producer/products/:id",
    summary: "Deletes a draft nobody has reviewed yet",
    description: `${SIGNED_IN} Answers \`{ id, object: "product", deleted: true }\`.`,
    errors: { 400: "The product is no longer a draft, or a query was sent." },
  },
  {
    method: "POST",
    path: "/producer/products/:id/submit",
    summary: "Sends a draft (or a product sent back for changes) to the coordinators",
    description: `${SIGNED_IN} The body is empty. Answers \`{ product }\` in its new curation state.`,
    body: ProducerSubmitProduct,
  },
  {
    method: "POST",
    path: "/producer/uploads",
    summary: "Adds photos to one of the producer's products",
    description: `${SIGNED_IN} \`multipart/form-data\` with one to six images in \`photos\` (JPEG, PNG, WebP or HEIF from a phone camera; at most 10 MB each) and the product's \`product_id\`. Each is turned upright, stored at 320, 640 and 1024 px wide (never enlarged) as WebP and JPEG without metadata (no EXIF or GPS), and added after the product's other photos (at most eight); the first photo is the main picture. Answers \`{ files: [{ id, url }] }\`: the new product images' ids and their largest JPEG.`,
    status: 201,
    errors: { 400: "Not a picture, too big, too many, or no product named; nothing is stored." },
  },
  {
    method: "POST",
    path: "/producer/products/:id/photos",
    summary: "Orders or removes the product's photos",
    description: `${SIGNED_IN} \`{ image_ids }\`: the product's photos in their new order, the first the main picture (and thumbnail); a photo left out is removed. Answers \`{ product }\`.`,
    body: ProducerArrangePhotos,
  },
  {
    method: "GET",
    path: "/producer/products/:id/stock",
    summary: "Shows the product's variants at the producer's stock location",
    description: `${SIGNED_IN} Answers \`{ stock: [{ variant_id, variant_title, sku, stocked_quantity, reserved_quantity, available_quantity, preordered_quantity, low_stock_threshold, low_stock, … }], location_id }\`.`,
  },
  {
    method: "POST",
    path: "/producer/products/:id/stock",
    summary: "Sets counted quantities and low-stock thresholds of the product's variants",
    description: `${SIGNED_IN} \`expected_quantity\` is the number the producer's page showed. Answers \`{ stock, location_id }\` as the GET does.`,
    body: ProducerSetStock,
    errors: {
      409: "The stock changed since the page showed `expected_quantity` (an order was packed, another device saved); the message names the current quantity.",
    },
  },
  {
    method: "GET",
    path: "/producer/products/:id/stock/adjustments",
    summary: "Lists the +/- changes of the product's stock with their reasons",
    description: `${SIGNED_IN} Newest first. Answers \`{ adjustments }\`.`,
  },
  {
    method: "POST",
    path: "/producer/products/:id/stock/adjustments",
    summary: "Records a quick +/- change of a variant's stock with its reason",
    description: `${SIGNED_IN} Stock never goes below zero or below what orders reserved. Answers \`{ adjustment, stock }\`.`,
    body: ProducerAdjustStock,
    status: 201,
  },
  {
    method: "GET",
    path: "/producer/products/:id/harvest",
    summary: "Shows the product's next expected harvest",
    description: `${SIGNED_IN} Answers \`{ harvest }\`, null when none is set.`,
  },
  {
    method: "POST",
    path: "/producer/products/:id/harvest",
    summary: "Sets (or replaces) the product's next harvest date and forecast",
    description: `${SIGNED_IN} Buyers may pre-order up to the forecast. A date in the past (Pacitan time) is a 400. Answers \`{ harvest }\`.`,
    body: ProducerSetHarvest,
  },
  {
    method: "POST",
    path: "/producer/products/:id/harvest/harvested",
    summary: "Records the actual harvest, putting it on the shelf",
    description: `${SIGNED_IN} Pre-orders the harvest cannot cover are canceled, latest placed first, and their buyers told. Answers \`{ harvest: { product_id, quantity, unit, items_shelved, canceled_orders: [{ display_id, quantity }] } }\` (order numbers only: buyers' details are not the producer's).`,
    body: ProducerRecordHarvest,
  },
  {
    method: "GET",
    path: "/producer/stock",
    summary: "Lists every variant of the producer's products at their stock location",
    description: `${SIGNED_IN} \`low_stock=true\` keeps only those at or under their threshold. Answers \`{ stock, location_id }\`.`,
    query: ProducerListStockQuery,
  },
  {
    method: "GET",
    path: "/producer/orders",
    summary: "Lists the producer's parts of buyers' orders, newest first",
    description: `${SIGNED_IN} A suspended producer may still read them. Answers \`{ orders, count, limit, offset }\`.`,
    query: ProducerListOrdersQuery,
  },
  {
    method: "GET",
    path: "/producer/settlement",
    summary: "Shows what the centre owes the producer, entry by entry",
    description: `${SIGNED_IN} Answers \`{ balance, currency_code: "idr", entries: [{ id, kind: "sale" | "fee" | "refund" | "payout" | "adjustment", amount, order_id, order_display_id, note, created_at }], count, limit, offset }\`, newest first; the balance is the sum of every entry.`,
    query: SettlementPageQuery,
  },
  {
    method: "GET",
    path: "/producer/settlement/statement",
    summary: "Shows the producer's statement of one month, for printing or a spreadsheet",
    description: `${SIGNED_IN} \`month=2026-12\`, the month in Pacitan's time (WIB, UTC+7); a month yet to come is empty. A suspended producer may still read it. Answers \`{ month, currency_code: "idr", opening_balance, closing_balance, totals: { sale, fee, refund, payout, adjustment }, entries: [{ id, kind, amount, order_display_id, note, created_at }] }\`, every entry of the month oldest first; the opening balance is the sum of every earlier entry, the closing one adds the month's.`,
    query: StatementQuery,
  },
  {
    method: "GET",
    path: "/producer/reports/sales",
    summary: "Shows what the producer sold, by day, week or month and by product",
    description: `${SIGNED_IN} \`period=day|week|month\` (default day) and \`from\`, \`to\` as days in Pacitan's time (WIB); without them the last 30 days, 12 weeks or 12 months up to today, at most 92 days, 53 weeks or 24 months. Counts the producer's own lines of orders that are paid and not canceled, each worth unit price times quantity, by the day the order was placed. A suspended producer may still read it. Answers \`{ period, from, to, currency_code: "idr", totals: { orders, quantity, amount }, buckets: [{ bucket, orders, quantity, amount }], products: [{ product_id, title, orders, quantity, amount }] }\`; every bucket of the range is listed, empty ones too (a week is named by its Monday, a month as 2026-12).`,
    query: ProducerSalesQuery,
  },
  {
    method: "POST",
    path: "/producer/settlement/account",
    summary: "Gives or changes the bank account the centre pays the producer into",
    description: `${SIGNED_IN} \`{ bank, number, holder }\`; a changed account waits for a coordinator's confirmation before payouts go to it. Answers the settlement, as GET /producer/settlement does.`,
    body: PayoutAccountBody,
  },
  {
    method: "GET",
    path: "/producer/orders/:id",
    summary: "Shows one part of an order: only the producer's own lines",
    description: `${SIGNED_IN} A suspended producer may still read it. Answers \`{ order }\`.`,
  },
  {
    method: "POST",
    path: "/producer/orders/:id/status",
    summary: "Moves the producer's part of an order a step on",
    description: `${SIGNED_IN} Accepted, packed, handed over, or shipped with a tracking note; a suspended producer may still do this for orders already placed. Answers \`{ order }\`.`,
    body: ProducerMoveOrder,
  },
  {
    method: "POST",
    path: "/producer/orders/:id/decline",
    summary: "Declines the producer's part of an order they cannot fill",
    description: `${SIGNED_IN} \`{ reason, note? }\` (reason one of out_of_stock, harvest_failed, cannot_deliver, producer_unavailable, other; other needs a note). Only their own lines leave the order: refunded when paid, no longer owed when not, their stock released, the buyer told. 409 when already declined or the order canceled; 400 once packed or shipped. Answers \`{ order }\`.`,
    body: ProducerDeclineOrder,
  },
  {
    method: "GET",
    path: "/producer/orders/:id/packing-slip",
    summary: "Shows what a packing slip of the producer's part prints",
    description: `${SIGNED_IN} The buyer's name and delivery address, the order number and only the producer's own lines with quantities. Answers \`{ slip }\`.`,
  },
]

/**
 * The producer panel's API. Every route is signed in as a `producer` actor and
 * scoped to that producer by the handlers; every body and query is strict, so
 * status, producer or curation fields are refused.
 */
export const producerOperations: ProducerOperation[] = operations.map((operation) => ({ auth: "producer", query: NoQuery, ...operation }))
