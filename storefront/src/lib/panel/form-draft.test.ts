import { describe, expect, it } from "vitest"
import { keepFormDraft, takeFormDraft } from "./form-draft"

/** Astro's cookies as far as the draft uses them: what one response sets, the next request sends. */
function cookieJar() {
  const values = new Map<string, string>()
  return {
    set: (name: string, value: string) => void values.set(name, value),
    get: (name: string) => (values.has(name) ? { value: values.get(name)! } : undefined),
    delete: (name: string) => void values.delete(name),
    size: () => [...values.values()].reduce((sum, value) => sum + value.length, 0),
  }
}

describe("a refused panel form", () => {
  it("comes back as typed, every field and row, once", () => {
    const cookies = cookieJar()
    const form = new FormData()
    form.append("title", "Keripik Pisang Kepok")
    form.append("description", "Keripik pisang kepok dari Desa Sidoharjo, digoreng dengan minyak kelapa.")
    form.append("variant_title", "250 g")
    form.append("variant_price", "28.000")
    form.append("variant_title", "500 g")
    form.append("variant_price", "")
    form.append("category_ids", "pcat_1")
    keepFormDraft(cookies as never, form, true)
    const draft = takeFormDraft(cookies as never)
    expect(draft.kept).toBe(true)
    expect(draft.value("title")).toBe("Keripik Pisang Kepok")
    expect(draft.values("variant_title")).toEqual(["250 g", "500 g"])
    expect(draft.values("variant_price")).toEqual(["28.000", ""])
    expect(draft.value("storage", "stored")).toBe("stored")
    // Read once: the next visit shows the saved product, not the old draft.
    expect(takeFormDraft(cookies as never).kept).toBe(false)
    expect(takeFormDraft(cookies as never).value("title", "from the shop")).toBe("from the shop")
  })

  it("keeps a long description within one cookie, compressed", () => {
    const cookies = cookieJar()
    const form = new FormData()
    form.append("description", "Gula aren asli dari nira pohon aren di lereng Tegalombo, dimasak perlahan tanpa campuran. ".repeat(30))
    keepFormDraft(cookies as never, form, true)
    expect(cookies.size()).toBeLessThan(3600)
    expect(takeFormDraft(cookies as never).value("description")).toHaveLength(form.get("description")!.toString().length)
  })

  it("shows nothing kept from a cookie it cannot read", () => {
    const cookies = cookieJar()
    cookies.set("pd_panel_isian", "bukan-draf")
    expect(takeFormDraft(cookies as never).kept).toBe(false)
  })
})
