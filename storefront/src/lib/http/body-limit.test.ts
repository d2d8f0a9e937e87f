import { describe, expect, it, vi } from "vitest"
import { bodyWithinLimit } from "./body-limit"

/** A body that arrives in `chunks` pieces of `size` bytes with no Content-Length, counting what was pulled. */
function streamed(chunks: number, size: number) {
  let pulled = 0
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled === chunks) return controller.close()
        pulled++
        controller.enqueue(new Uint8Array(size).fill(97))
      },
    },
    { highWaterMark: 0 }
  )
  const request = new Request("http://shop.test/keranjang/tambah", { method: "POST", body, duplex: "half" } as RequestInit)
  return { request, pulled: () => pulled }
}

describe("bodyWithinLimit", () => {
  it("refuses a chunked body once it passes the limit, then reads the rest away so the client can finish sending", async () => {
    const body = streamed(100, 64 * 1024)
    let pulledWhenRefused = -1
    const verdict = bodyWithinLimit(body.request, 1024 * 1024).then((within) => {
      pulledWhenRefused = body.pulled()
      return within
    })
    expect(await verdict).toBe(false)
    // 17 chunks of 64 KB pass 1 MB; the copy for the page may hold one more.
    expect(pulledWhenRefused).toBeLessThanOrEqual(19)
    await vi.waitFor(() => expect(body.pulled()).toBe(100))
  })

  it("accepts a chunked body within the limit and leaves every byte for the page", async () => {
    const body = streamed(4, 1000)
    expect(await bodyWithinLimit(body.request, 1024 * 1024)).toBe(true)
    expect((await body.request.text()).length).toBe(4000)
  })

  it("has nothing to count on a request without a body", async () => {
    expect(await bodyWithinLimit(new Request("http://shop.test/keranjang"), 1024 * 1024)).toBe(true)
  })
})
