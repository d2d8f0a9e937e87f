import { describe, expect, it } from "vitest"
import { aggregateRatingOf, formatAverage, starsOf } from "./reviews"

describe("reviews as buyers read them", () => {
  it("writes the mean with one decimal in each language's way", () => {
    expect(formatAverage("id", 4.8)).toBe("4,8")
    expect(formatAverage("en", 4.8)).toBe("4.8")
    expect(formatAverage("id", 5)).toBe("5,0")
  })

  it("fills stars up to the rounded rating, never more than five", () => {
    expect(starsOf(3)).toBe("★★★☆☆")
    expect(starsOf(4.5)).toBe("★★★★★")
    expect(starsOf(4.4)).toBe("★★★★☆")
    expect(starsOf(9)).toBe("★★★★★")
  })

  it("gives search engines a rating only once there is one", () => {
    expect(aggregateRatingOf(null)).toBeUndefined()
    expect(aggregateRatingOf({ average: 0, count: 0 })).toBeUndefined()
    expect(aggregateRatingOf({ average: 4.3, count: 7 })).toEqual({
      "@type": "AggregateRating",
      ratingValue: 4.3,
      reviewCount: 7,
      bestRating: 5,
      worstRating: 1,
    })
  })
})
