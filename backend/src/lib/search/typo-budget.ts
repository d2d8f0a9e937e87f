/**
 * How many typos a query word may carry, the same on both engines: Meilisearch
 * reads these as its index's typo settings (search/product.ts), PostgreSQL's
 * zero-hit retry accepts a correction only within them. Without a budget the
 * trigram retry "corrected" nonsense such as "asdfgh" into some real word and
 * answered unrelated products.
 */
export const MIN_WORD_SIZE_FOR_ONE_TYPO = 4
export const MIN_WORD_SIZE_FOR_TWO_TYPOS = 8

export function typoBudget(word: string): number {
  if (word.length >= MIN_WORD_SIZE_FOR_TWO_TYPOS) return 2
  return word.length >= MIN_WORD_SIZE_FOR_ONE_TYPO ? 1 : 0
}

/**
 * Edits between two words, a swap of neighbours counting as one ("lanagn" is
 * one typo from "lanang"), as Meilisearch counts them.
 *
 * @example
 * typoDistance("cengekh", "cengkeh") // 1
 */
export function typoDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1)
    }
  }
  return rows[a.length][b.length]
}

/** Whether `candidate` is a word the buyer may have meant by `typed`. */
export function withinTypoBudget(typed: string, candidate: string): boolean {
  return typoDistance(typed, candidate) <= typoBudget(typed)
}
