import type { Licences } from "./data/catalogue"

/**
 * The producer's licences as a product's page may show them. A halal
 * certificate or self-declaration covers what the producer declared halal,
 * not every product they make: a product whose own compliance does not say
 * halal must not carry the claim, or a buyer is misled by its page.
 */
export function licencesForProduct(licences: Licences, compliance: { halal: boolean } | null): Licences {
  return compliance?.halal ? licences : { ...licences, halal: null }
}
