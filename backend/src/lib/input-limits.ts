/**
 * The longest text each field takes, in characters. One table for the
 * backend's validators and the storefront's forms (their `maxlength`), so a
 * form never lets through what the API then refuses, and nothing a browser
 * form skips (a script, a hand-made request) stores more. Plain constants, no
 * imports: the storefront bundles this file as it is.
 */
export const TEXT_LIMITS = {
  productTitle: 200,
  productSubtitle: 200,
  productDescription: 5000,
  optionTitle: 50,
  variantTitle: 100,
  sku: 64,
  netQuantity: 50,
  ingredients: 1000,
  storage: 200,
  businessName: 120,
  ownerName: 120,
  story: 2000,
  trackingNote: 200,
  /** A producer's own words when they decline their part of an order. */
  declineNote: 300,
  harvestNote: 200,
  stockReason: 200,
  /** A payout account: the bank's name and the holder's, as on the bank book. */
  bankName: 60,
  accountHolder: 80,
  /** URL-safe names in links (a product's or producer's handle). */
  handle: 100,
  /** Medusa ids (prod_…, variant_…) and the like: a 26-letter ULID after a short prefix. */
  id: 100,
  /** An invite link's token. */
  token: 2000,
  /** A picture's address in the store's own file storage. */
  url: 2048,
} as const

/**
 * `metadata` a buyer may attach to a cart, a line or an address: a few small
 * notes, never a file. Medusa stores it as JSON and copies it onto the order.
 */
export const METADATA_LIMITS = { bytes: 4096, keys: 20, keyLength: 64 } as const
