import type { TFunction } from "i18next"

/**
 * The i18next namespace of the admin extensions' strings. Medusa merges them into the dashboard's
 * i18next (index.ts); a namespace of their own keeps them from colliding with the dashboard's keys.
 * Route configs repeat it as a literal (`translationNs: "pasarDesa"`): Medusa's bundler reads
 * that option from the source, and only a string literal.
 */
export const NS = "pasarDesa"

/** The `t` of `useTranslation(NS)`, for helpers that write text for a component. */
export type Translate = TFunction<typeof NS>
