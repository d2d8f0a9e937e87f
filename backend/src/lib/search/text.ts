/**
 * Folds text the way both engines see it: lower case, accents dropped
 * (unaccent on PostgreSQL), anything that is not a letter or digit a word break
 * ("empon-empon" is two words, "kopi,gula" too).
 */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
}
