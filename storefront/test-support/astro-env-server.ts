/**
 * astro:env/server for code tested under plain vitest: the built server reads
 * these secret server variables from the environment when it runs, and so
 * does this (at import time, so a test sets them before importing).
 * Defaults as in astro.config.mjs.
 */
export const MEDUSA_BACKEND_URL = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
export const MEDUSA_PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY
export const STRIPE_PUBLISHABLE_KEY = process.env.STRIPE_PUBLISHABLE_KEY
export const STOREFRONT_PAGE_CACHE = process.env.STOREFRONT_PAGE_CACHE === "off" ? "off" : "on"
export const PUBLIC_ORIGIN = process.env.PUBLIC_ORIGIN
export const TRUSTED_PROXIES = process.env.TRUSTED_PROXIES
