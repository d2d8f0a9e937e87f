import { allowFields, authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { STORE_PRODUCT_LINK_FIELDS } from "./store/catalogue/public-fields"
import { searchMiddlewareRoutes } from "./plumbing/search-middlewares"
import { emailpassLoginThrottle } from "./plumbing/login-throttle"
import { emailpassResetThrottle } from "./plumbing/reset-throttle"
import { producerMiddlewareRoutes } from "./producer/middlewares"
import { stripeWebhookMiddlewareRoutes } from "./plumbing/stripe-webhook-signature"
import { midtransWebhookMiddlewareRoutes } from "./plumbing/midtrans-notification-signature"
import { complianceSchema } from "../modules/producer/compliance"
import { z } from "@medusajs/framework/zod"
import { paymentFitsDelivery } from "./store/payment-collections/payment-fit-middleware"
import { receiptUpload } from "./store/orders/receipt-upload"
import { orderReaderRoutes } from "./store/orders/order-readers"
import { snapItemsFromCart } from "./store/payment-collections/snap-items-middleware"
import { guardCartChannelChange, guardCartCurrency, guardCartLine, guardCartLineRemoval } from "./store/carts/cart-input-guards"
import { buyerChannelGuardRoutes } from "./admin/buyer-channel-guard"
import { reopenOnRegulatedAdminEdit } from "./admin/regulated-admin-edits"
import { errorsInTheBuyersWords } from "./plumbing/store-errors"
import { BODY_SIZE_LIMIT } from "./plumbing/payload-too-large"
import { refuseUnreadableInput } from "./plumbing/unreadable-input"
import { coordinatorMiddlewareRoutes } from "./admin/coordinator-middlewares"
import { productSheetUpload } from "./admin/producers/[id]/products/import/sheet-upload"
import { orderChangeMiddlewareRoutes } from "./plumbing/order-change-middlewares"
import { inputLimitMiddlewareRoutes } from "./plumbing/input-limit-middlewares"
import { validationRoutes } from "./operations/operation"
import { announceCollectionProducts } from "./admin/collection-changes"
import { storeOperations } from "./operations/store-operations"
import { adminOperations } from "./operations/admin-operations"
import { CHECKOUT_ROUTE, countCheckoutAnswers } from "../lib/metrics/backend-metrics"

export default defineMiddlewares({
  errorHandler: errorsInTheBuyersWords,
  routes: [
    // One body limit for every route (Express's default is 100 KB); more specific configs, such as
    // Medusa's batch routes and the payment hooks' raw body, are matched first and keep theirs.
    { matcher: "/*", bodyParser: { sizeLimit: BODY_SIZE_LIMIT } },
    // Checkouts are counted for /metrics by their answer: an order, or a refusal and its reason.
    { matcher: CHECKOUT_ROUTE, method: "POST", middlewares: [countCheckoutAnswers] },
    // A NUL character or a broken %-escape is a 400 here, not a database error later.
    ...["/store/*", "/admin/*", "/auth/*", "/producer/*"].map((matcher) => ({ matcher, middlewares: [refuseUnreadableInput] })),
    ...searchMiddlewareRoutes,
    // Medusa's own login routes (producer, buyer, coordinator), guarded against password guessing.
    { matcher: "/auth/:actor_type/emailpass", method: "POST", middlewares: [emailpassLoginThrottle] },
    // Reset links are emails sent on anyone's request: limited per address and per account.
    { matcher: "/auth/:actor_type/emailpass/reset-password", method: "POST", middlewares: [emailpassResetThrottle] },
    ...producerMiddlewareRoutes,
    // Stripe's events: refused with 400 unless signed with the webhook secret, and taken once.
    ...stripeWebhookMiddlewareRoutes,
    // Midtrans' notifications: refused with 400 unless signed with the server key, and taken once.
    ...midtransWebhookMiddlewareRoutes,
    // Order changes and input limits: no buyer-started order transfers,
    // a pending transfer never blocks a cancellation; small store metadata, pictures only from the
    // store's file storage, list queries the database would refuse answered with a 400.
    ...orderChangeMiddlewareRoutes,
    ...inputLimitMiddlewareRoutes,
    // Store product responses may carry the producer, its village and food compliance; only public fields.
    { matcher: "/store/products*", middlewares: [allowFields(...STORE_PRODUCT_LINK_FIELDS)] },
    // The cart names a variant short of stock as "product · variant" (storefront lib/data/stock-left.ts).
    { matcher: "/store/product-variants*", middlewares: [allowFields("product.title")] },
    // Our store routes' queries, with the schemas operations/store-operations.ts lists (and /openapi.json shows).
    ...validationRoutes(storeOperations),
    { matcher: "/store/payment-collections/:id/payment-sessions", method: "POST", middlewares: [paymentFitsDelivery, snapItemsFromCart] },
    // A buyer's receipt photo: one multipart file, read into memory within its limit.
    { matcher: "/store/orders/:id/transfer-receipts", method: "POST", middlewares: [receiptUpload] },
    // An order is read only by its buyer: the key of its link, or the signed-in customer it belongs to.
    ...orderReaderRoutes,
    // A signed-in customer may ask for the key of their own order's link (the account's order pages).
    {
      matcher: "/store/orders/:id/access-key",
      method: "POST",
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
    },
    { matcher: "/store/carts", method: "POST", middlewares: [guardCartCurrency] },
    { matcher: "/store/carts/:id", method: "POST", middlewares: [guardCartCurrency] },
    { matcher: "/store/carts/:id/line-items", method: "POST", middlewares: [guardCartLine] },
    { matcher: "/store/carts/:id/line-items/:line_id", method: "POST", middlewares: [guardCartLine] },
    { matcher: "/store/carts/:id/line-items/:line_id", method: "DELETE", middlewares: [guardCartLineRemoval] },
    // Curation and checkout cannot be walked around: Medusa's admin routes cannot file an
    // unapproved product in a channel buyers read; a cart cannot leave its channel.
    ...buyerChannelGuardRoutes,
    // Words a coordinator approved, changed on Medusa's product page, send the product back to review.
    { matcher: "/admin/products/:id", method: "POST", middlewares: [reopenOnRegulatedAdminEdit] },
    { matcher: "/store/carts/:id", method: "POST", middlewares: [guardCartChannelChange] },
    // Products added to or taken from a collection are announced, as Medusa's own route does not.
    { matcher: "/admin/collections/:id/products", method: "POST", middlewares: [announceCollectionProducts] },
    // Coordinator roles: only a head coordinator changes roles, territories and admin accounts; a
    // kecamatan coordinator reads and changes only producers, products and orders of their kecamatan.
    ...coordinatorMiddlewareRoutes,
    // A producer's products as a CSV: one file, read into memory within its limit.
    { matcher: "/admin/producers/:id/products/import", method: "POST", middlewares: [productSheetUpload] },
    // Our admin routes' bodies and queries (operations/admin-operations.ts), after the role checks: a refused role is a 403 whatever the body.
    ...validationRoutes(adminOperations),
    {
      matcher: "/admin/products",
      method: "POST",
      additionalDataValidator: { producer_id: z.string().optional(), compliance: complianceSchema.optional() },
    },
  ],
})
