import type { MessageKey } from "./id"

export const en: Record<MessageKey, string> = {
  "site.name": "Pasar Desa OK OCE",
  "site.tagline": "Village products from Pacitan, curated by OK OCE",
  "home.title": "Pasar Desa OK OCE Pacitan: selected village products",
  "home.description": "Buy coconut sugar, tiwul, banana sale, coffee, honey and seafood straight from the villages of Pacitan Regency.",
  "home.products": "Village products",
  "home.empty": "No products to show yet.",
  "home.unavailable": "Products cannot be loaded right now. Please try again shortly.",
  "home.picks": "Curators' picks",
  "home.picksLead": "Village products OK OCE coordinators picked this week.",
  "product.badge": "OK OCE",
  "product.badgeLabel": "OK OCE curated: checked by a coordinator, licences complete",
  "product.by": "by",
  "product.from": "from",
  "product.noPrice": "Price not available yet",
  "nav.language": "Bahasa Indonesia",
  "nav.skip": "Skip to content",
  "footer.programme": "OK OCE Pacitan Regency, East Java",
}
