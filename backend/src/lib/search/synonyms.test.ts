import { describe, expect, it } from "vitest"
import { meilisearchSynonyms, queryWordsWithoutStopWords, synonymPhrasesFor } from "./synonyms"

describe("Indonesian synonyms", () => {
  it("indexes the other phrases of every group a product's text mentions, longest phrase first", () => {
    expect(synonymPhrasesFor("Gula Jawa Batok, manis legit").sort()).toEqual(["gula aren", "gula batok", "gula kelapa", "gula merah"])
    expect(synonymPhrasesFor("Gula kelapa cetak")).toContain("gula jawa")
    expect(synonymPhrasesFor("Jamu Kunyit Asam")).toEqual(expect.arrayContaining(["empon empon", "kunir"]))
    expect(synonymPhrasesFor("Ikan salai tongkol")).toEqual(expect.arrayContaining(["ikan asap", "iwak asap"]))
    expect(synonymPhrasesFor("Kain tenun")).toEqual([])
  })

  it("drops stop words unless nothing else is left", () => {
    expect(queryWordsWithoutStopWords("kopi yang enak dari penggung")).toEqual(["kopi", "penggung"])
    expect(queryWordsWithoutStopWords("yang")).toEqual(["yang"])
  })

  it("folds punctuation, accents and emoji away", () => {
    expect(queryWordsWithoutStopWords("'; drop table product; --")).toEqual(["drop", "table", "product"])
    expect(queryWordsWithoutStopWords("Kopí ☕")).toEqual(["kopi"])
    expect(queryWordsWithoutStopWords("Empon-Empon")).toEqual(["empon", "empon"])
    expect(queryWordsWithoutStopWords("%")).toEqual([])
  })

  it("gives Meilisearch every phrase of a group as synonyms of the others", () => {
    const synonyms = meilisearchSynonyms()
    expect(synonyms["gula jawa"]).toEqual(expect.arrayContaining(["gula kelapa", "gula merah", "gula aren"]))
    expect(synonyms["kripik"]).toContain("keripik")
  })
})
