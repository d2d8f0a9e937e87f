import type { Locale } from "../i18n"

/** Approved reviews of a product: mean stars (one decimal) and how many. */
export type Rating = { average: number; count: number }

/** A review as buyers read it on the product's page. */
export type PublicReview = { id: string; reviewer_name: string; rating: number; body: string | null; created_at: string }

/** "4,8" in Indonesian, "4.8" in English: the mean as buyers read stars. */
export function formatAverage(locale: Locale, average: number): string {
  return new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average)
}

/** Five stars as text, filled up to the (rounded) rating: screen readers get the number from a label beside it. */
export function starsOf(rating: number): string {
  const filled = Math.max(0, Math.min(5, Math.round(rating)))
  return "★".repeat(filled) + "☆".repeat(5 - filled)
}

/** schema.org's aggregateRating for Product JSON-LD; none before the first approved review (search engines refuse a count of 0). */
export function aggregateRatingOf(rating: Rating | null | undefined) {
  if (!rating || rating.count < 1) return undefined
  return { "@type": "AggregateRating", ratingValue: rating.average, reviewCount: rating.count, bestRating: 5, worstRating: 1 }
}
