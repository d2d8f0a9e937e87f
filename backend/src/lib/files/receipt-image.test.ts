import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { normaliseReceiptImage } from "./receipt-image"

/** A photo as a phone takes it: big, sideways in its pixels with an orientation tag, and the place it was taken. */
async function phonePhoto() {
  return sharp({ create: { width: 3000, height: 2000, channels: 3, background: { r: 240, g: 240, b: 235 } } })
    .jpeg()
    .withExif({ IFD0: { Make: "Pasar Phone" }, IFD3: { GPSLatitudeRef: "S", GPSLatitude: "8/1 12/1 0/1" } })
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

describe("a buyer's receipt photo", () => {
  it("is turned upright, made at most 1600 px, and keeps no EXIF or GPS", async () => {
    const original = await phonePhoto()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const kept = await normaliseReceiptImage(original)
    const read = await sharp(kept.content).metadata()
    expect(read.format).toBe("jpeg")
    expect({ width: read.width, height: read.height }).toEqual({ width: 1067, height: 1600 })
    expect(read.exif).toBeUndefined()
    expect(kept.content.includes(Buffer.from("Pasar Phone"))).toBe(false)
  })

  it("refuses what is not a picture, whatever it is called", async () => {
    await expect(normaliseReceiptImage(Buffer.from("%PDF-1.7 bukan foto"))).rejects.toThrow(/bukan foto/)
    await expect(normaliseReceiptImage(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).rejects.toThrow(/bukan foto/)
  })
})
