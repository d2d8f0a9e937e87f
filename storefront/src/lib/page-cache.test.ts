import { describe, expect, it } from "vitest"
import { applyChanges, cachedPage, keepWhileServing, renderStarts } from "./page-cache.server"

/** Renders a page through the cache as the middleware does, and waits until it is kept (or not). */
async function render(key: string, tags: string[], startedAt = renderStarts()) {
  let stored!: () => void
  const kept = new Promise<void>((resolve) => (stored = resolve))
  const response = keepWhileServing(key, () => tags, startedAt, new Response(`<html>${key}</html>`, { status: 200 }), stored)
  await response.text()
  await kept
}

describe("the page cache, by what each page shows", () => {
  it("marks stale only the pages that show a product whose stock changed, and keeps serving the others", async () => {
    await render("gzip /produk/a", ["product:a1"])
    await render("gzip /produk/b", ["product:b1"])
    await render("gzip /", ["lists", "product:a1", "product:b1"])
    applyChanges([{ tag: "product:a1", hard: false }], 1_000)
    expect(cachedPage("gzip /produk/a")?.staleSince).toBe(1_000)
    expect(cachedPage("gzip /")?.staleSince).toBe(1_000)
    expect(cachedPage("gzip /produk/b")?.staleSince).toBeUndefined()
  })

  it("drops at once every page that shows a product whose visibility changed", async () => {
    await render("gzip /produk/d", ["product:d1"])
    await render("gzip /desa/x", ["desa:x", "product:d1"])
    await render("gzip /desa/y", ["desa:y"])
    applyChanges([{ tag: "product:d1", hard: true }])
    expect(cachedPage("gzip /produk/d")).toBeUndefined()
    expect(cachedPage("gzip /desa/x")).toBeUndefined()
    expect(cachedPage("gzip /desa/y")?.staleSince).toBeUndefined()
  })

  it("takes a page that recorded nothing as showing everything", async () => {
    await render("gzip /sitemap.xml", [])
    applyChanges([{ tag: "producer:somebody", hard: true }])
    expect(cachedPage("gzip /sitemap.xml")).toBeUndefined()
  })

  it("does not keep a page whose render began before a hard change of what it shows, and keeps it stale after a soft one", async () => {
    const startedAt = renderStarts()
    applyChanges([{ tag: "product:e1", hard: true }])
    applyChanges([{ tag: "product:f1", hard: false }], 5_000)
    await render("gzip /produk/e", ["product:e1"], startedAt)
    await render("gzip /produk/f", ["product:f1"], startedAt)
    await render("gzip /produk/g", ["product:g1"], startedAt)
    expect(cachedPage("gzip /produk/e")).toBeUndefined()
    expect(cachedPage("gzip /produk/f")?.staleSince).toBeGreaterThan(0)
    expect(cachedPage("gzip /produk/g")?.staleSince).toBeUndefined()
  })

  it("does not keep a page whose render saw a hard change and then a soft one of what it shows", async () => {
    const startedAt = renderStarts()
    applyChanges([{ tag: "product:h1", hard: true }])
    applyChanges([{ tag: "product:h1", hard: false }])
    applyChanges([{ tag: "lists", hard: true }])
    applyChanges([{ tag: "product:zz", hard: false }])
    await render("gzip /produk/h", ["product:h1"], startedAt)
    await render("gzip /sitemap-h.xml", [], startedAt)
    expect(cachedPage("gzip /produk/h")).toBeUndefined()
    expect(cachedPage("gzip /sitemap-h.xml")).toBeUndefined()
  })

  it("keeps a page, stale, whose tag had a hard change before its render began and a soft one during it", async () => {
    applyChanges([{ tag: "product:i1", hard: true }])
    const startedAt = renderStarts()
    applyChanges([{ tag: "product:i1", hard: false }])
    await render("gzip /produk/i", ["product:i1"], startedAt)
    expect(cachedPage("gzip /produk/i")?.staleSince).toBeGreaterThan(0)
  })
})
