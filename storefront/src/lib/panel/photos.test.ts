import { describe, expect, it } from "vitest"
import { arrangedPhotoIds, panelPhotos, photoProblem } from "./photos"

const size = (width: number, name: string) => ({ width, height: width, jpeg: `${name}-${width}.jpg`, webp: `${name}-${width}.webp` })

describe("the panel's product photos", () => {
  it("lists only uploaded photos, in their order, each shown by its smallest JPEG", () => {
    const photos = panelPhotos([
      { id: "img_b", url: "b-1024.jpg", rank: 1, metadata: { photo: { sizes: [size(1024, "b"), size(320, "b")] } } },
      { id: "img_svg", url: "foto-menyusul.svg", rank: 0, metadata: null },
      { id: "img_a", url: "a-640.jpg", rank: 0, metadata: { photo: { sizes: [size(320, "a"), size(640, "a")] } } },
    ])
    expect(photos).toEqual([
      { id: "img_a", url: "a-640.jpg", small: "a-320.jpg", width: 320, height: 320 },
      { id: "img_b", url: "b-1024.jpg", small: "b-320.jpg", width: 320, height: 320 },
    ])
  })

  it("moves a photo to the front as the main picture, leaves one out to remove it, and knows no stranger's id", () => {
    expect(arrangedPhotoIds(["a", "b", "c"], "c", "utama")).toEqual(["c", "a", "b"])
    expect(arrangedPhotoIds(["a", "b", "c"], "a", "hapus")).toEqual(["b", "c"])
    expect(arrangedPhotoIds(["a", "b"], "x", "utama")).toBeNull()
  })

  it("refuses no photo, too many, too big, or more than a product holds, in Indonesian", () => {
    expect(photoProblem([], 0)).toBe("Pilih foto produk dulu.")
    expect(
      photoProblem(
        Array.from({ length: 7 }, () => ({ size: 1 })),
        0
      )
    ).toMatch(/Paling banyak 6 foto/)
    expect(photoProblem([{ size: 11 * 1024 * 1024 }], 0)).toMatch(/terlalu besar/)
    expect(photoProblem([{ size: 1 }, { size: 1 }], 7)).toMatch(/paling banyak 8 foto/)
    expect(photoProblem([{ size: 1 }], 7)).toBeNull()
  })
})
