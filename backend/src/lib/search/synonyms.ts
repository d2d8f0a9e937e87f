import vocabulary from "./synonyms-id.json"
import { searchWords } from "./text"

type Phrase = { words: string[]; group: string[] }

const groups: string[][] = vocabulary.synonyms.map((group) => group.map((phrase) => searchWords(phrase).join(" ")))

/** Longest phrases first, so "ikan salai" wins over "salai" and "gula merah" over nothing. */
const phrases: Phrase[] = groups
  .flatMap((group) => group.map((phrase) => ({ words: phrase.split(" "), group })))
  .sort((a, b) => b.words.length - a.words.length)

export const STOP_WORDS = new Set(vocabulary.stop_words)

function phraseAt(words: string[], start: number): Phrase | undefined {
  return phrases.find((phrase) => phrase.words.every((word, offset) => words[start + offset] === word))
}

/**
 * The other phrases of every synonym group a product's text mentions, indexed
 * beside the text: "Gula Kelapa Cetak" is found by "gula jawa", yet a product
 * that says "gula jawa" in its own title still ranks above it (a title word
 * weighs more than the synonyms field). The query itself stays as typed, which
 * is what puts the exact product first.
 */
export function synonymPhrasesFor(text: string): string[] {
  const words = searchWords(text)
  const mentioned = new Set<string>()
  const others = new Set<string>()
  for (let start = 0; start < words.length; start++) {
    const phrase = phraseAt(words, start)
    if (!phrase) continue
    mentioned.add(phrase.words.join(" "))
    phrase.group.forEach((other) => others.add(other))
  }
  return [...others].filter((phrase) => !mentioned.has(phrase))
}

/**
 * The words of a query the engine must match: stop words go, unless nothing
 * else is left ("kopi yang enak dari penggung" asks for kopi from Penggung).
 *
 * @example
 * queryWordsWithoutStopWords("Kripik pisang yang enak") // ["kripik", "pisang"]
 */
export function queryWordsWithoutStopWords(query: string): string[] {
  const words = searchWords(query)
  const kept = words.filter((word) => !STOP_WORDS.has(word))
  return kept.length ? kept : words
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
