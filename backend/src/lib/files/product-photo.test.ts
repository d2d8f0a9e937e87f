import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { productPhotoRenditions } from "./product-photo"

describe("a producer's product photo", () => {
  it("is refused before decoding when it holds more pixels than a 50-megapixel camera takes", async () => {
    // Small on the wire, 64 megapixels once decoded: a decompression bomb.
    const bomb = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: "#ffffff" } })
      .png({ compressionLevel: 9 })
      .toBuffer()
    expect(bomb.length).toBeLessThan(1024 * 1024)
    await expect(productPhotoRenditions(bomb)).rejects.toThrow(/photos: berkas bukan foto/)
  })

  it("is offered as WebP and JPEG at each width it reaches, upright and without metadata", async () => {
    const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#c4783c" } })
      .jpeg()
      .withExif({ IFD0: { Make: "Pasar Phone" } })
      .withMetadata({ orientation: 6 })
      .toBuffer()
    const renditions = await productPhotoRenditions(photo)
    expect(renditions.map(({ format, width, height }) => `${format} ${width}x${height}`)).toEqual([
      "webp 320x480",
      "jpeg 320x480",
      "webp 600x900",
      "jpeg 600x900",
    ])
    for (const rendition of renditions) expect((await sharp(rendition.content).metadata()).exif).toBeUndefined()
  })
})
