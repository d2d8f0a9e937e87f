import { describe, expect, it } from "vitest"
import { canonicalPhrasesIn, meilisearchSynonyms, rewriteQueryWithSynonyms } from "./synonyms"

describe("Indonesian synonyms", () => {
  it("rewrites spelling variants and synonyms to the canonical form, longest phrase first", () => {
    expect(rewriteQueryWithSynonyms("Kripik Pisang")).toBe("keripik pisang")
    expect(rewriteQueryWithSynonyms("gula jawa")).toBe("gula kelapa")
    expect(rewriteQueryWithSynonyms("ikan salai")).toBe("ikan asap")
    expect(rewriteQueryWithSynonyms("salai pisang")).toBe("sale pisang")
    expect(rewriteQueryWithSynonyms("Empon-Empon")).toBe("empon empon")
  })

  it("drops stop words unless nothing else is left", () => {
    expect(rewriteQueryWithSynonyms("kopi yang enak dari penggung")).toBe("kopi penggung")
    expect(rewriteQueryWithSynonyms("yang")).toBe("yang")
  })

  it("folds punctuation, accents and emoji away", () => {
    expect(rewriteQueryWithSynonyms("'; drop table product; --")).toBe("drop table product")
    expect(rewriteQueryWithSynonyms("Kopí ☕")).toBe("kopi")
    expect(rewriteQueryWithSynonyms("%")).toBe("")
  })

  it("indexes the canonical form of the variants a product's text uses", () => {
    expect(canonicalPhrasesIn("Gula Jawa Batok, manis legit")).toEqual(["gula kelapa"])
    expect(canonicalPhrasesIn("Gula kelapa cetak")).toEqual([])
    expect(canonicalPhrasesIn("Jamu Kunyit Asam")).toEqual(["empon empon"])
  })

  it("gives Meilisearch every phrase of a group as synonyms of the others", () => {
    const synonyms = meilisearchSynonyms()
    expect(synonyms["gula jawa"]).toEqual(expect.arrayContaining(["gula kelapa", "gula merah", "gula aren"]))
    expect(synonyms["kripik"]).toContain("keripik")
  })
})
