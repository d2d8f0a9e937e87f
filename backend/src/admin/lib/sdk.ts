import Medusa from "@medusajs/js-sdk"

/**
 * The dashboard is served by the same Medusa server it talks to, so "/" is enough;
 * VITE_BACKEND_URL only matters when the admin runs from a separate dev server.
 * Session auth reuses the cookie the dashboard login already set.
 */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: false,
  auth: { type: "session" },
})
