import { describe, expect, it } from "vitest"
import { pictureSources } from "./pictures"

const size = (width: number, height: number) => ({ width, height, jpeg: `/static/f-${width}.jpg`, webp: `/static/f-${width}.webp` })

describe("a product picture's sources", () => {
  it("offers every width in a srcset, WebP and JPEG, with the largest width and height and a fallback near the asked width", () => {
    expect(pictureSources({ url: "/static/f-1024.jpg", width: 1024, height: 768, sizes: [size(320, 240), size(640, 480), size(1024, 768)] }, 640)).toEqual({
      src: "/static/f-640.jpg",
      width: 1024,
      height: 768,
      jpeg: "/static/f-320.jpg 320w, /static/f-640.jpg 640w, /static/f-1024.jpg 1024w",
      webp: "/static/f-320.webp 320w, /static/f-640.webp 640w, /static/f-1024.webp 1024w",
    })
  })

  it("falls back to the largest width of a small photo, and offers nothing for a picture without widths", () => {
    expect(pictureSources({ url: "/static/f-500.jpg", width: 500, height: 400, sizes: [size(320, 256), size(500, 400)] }, 640)?.src).toBe("/static/f-500.jpg")
    expect(pictureSources({ url: "/static/foto-menyusul.svg", width: null, height: null, sizes: [] }, 640)).toBeNull()
    expect(pictureSources(undefined, 640)).toBeNull()
  })
})
