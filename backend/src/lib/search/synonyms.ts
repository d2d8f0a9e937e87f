import vocabulary from "./synonyms-id.json"
import { searchWords } from "./text"

type Phrase = { words: string[]; canonical: string }

const groups: string[][] = vocabulary.synonyms.map((group) => group.map((phrase) => searchWords(phrase).join(" ")))

/** Longest phrases first, so "ikan salai" wins over "salai" and "gula merah" over nothing. */
const phrases: Phrase[] = groups
  .flatMap((group) => group.map((phrase) => ({ words: phrase.split(" "), canonical: group[0] })))
  .sort((a, b) => b.words.length - a.words.length)

export const STOP_WORDS = new Set(vocabulary.stop_words)

function phraseAt(words: string[], start: number): Phrase | undefined {
  return phrases.find((phrase) => phrase.words.every((word, offset) => words[start + offset] === word))
}

/**
 * The canonical forms of the synonym groups a product's text mentions. Indexed
 * beside the text, so a query rewritten to the canonical form ("gula kelapa")
 * finds a product that only says "gula jawa".
 */
export function canonicalPhrasesIn(text: string): string[] {
  const words = searchWords(text)
  const found = new Set<string>()
  for (let start = 0; start < words.length; start++) {
    const phrase = phraseAt(words, start)
    if (phrase && phrase.words.join(" ") !== phrase.canonical) found.add(phrase.canonical)
  }
  return [...found]
}

/**
 * Rewrites a buyer's query for PostgreSQL: every synonym phrase becomes its
 * group's canonical form and stop words go, unless nothing else is left.
 * PostgreSQL's plainto_tsquery ANDs words and cannot express "gula jawa OR
 * gula kelapa", hence one canonical form on both sides.
 *
 * @example
 * rewriteQueryWithSynonyms("Kripik pisang yang enak") // "keripik pisang"
 */
export function rewriteQueryWithSynonyms(query: string): string {
  const words = searchWords(query)
  const rewritten: string[] = []
  for (let start = 0; start < words.length;) {
    const phrase = phraseAt(words, start)
    if (phrase) {
      rewritten.push(phrase.canonical)
      start += phrase.words.length
      continue
    }
    if (!STOP_WORDS.has(words[start])) rewritten.push(words[start])
    start++
  }
  return (rewritten.length ? rewritten : words).join(" ")
}

/** The same groups as Meilisearch index synonyms: every phrase maps to all the others. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const group of groups) {
    for (const phrase of group) {
      synonyms[phrase] = group.filter((other) => other !== phrase)
    }
  }
  return synonyms
}
