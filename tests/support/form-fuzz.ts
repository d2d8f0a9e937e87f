import fc from "fast-check"
import { hostileKey, hostileString } from "../../backend/integration-tests/fuzz/hostile-input.ts"

export type PageForm = { action: string; fields: Array<[string, string]> }

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
const attribute = (tag: string, name: string) => {
  const found = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag)
  return found ? decode(found[1]) : undefined
}

/** The post forms of a page as a browser would send them: each named field with its first value. */
export function formsIn(html: string, pageUrl: URL): PageForm[] {
  const forms: PageForm[] = []
  for (const [, open, inner] of html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form>/gi)) {
    if ((attribute(open, "method") ?? "get").toLowerCase() !== "post") continue
    const action = new URL(attribute(open, "action") ?? pageUrl.pathname, pageUrl).pathname
    const fields = new Map<string, string>()
    for (const [tag] of inner.matchAll(/<input\b[^>]*>/gi)) {
      const name = attribute(tag, "name")
      if (name && !fields.has(name)) fields.set(name, attribute(tag, "value") ?? "")
    }
    for (const [, open, text] of inner.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/gi)) {
      const name = attribute(open, "name")
      if (name && !fields.has(name)) fields.set(name, decode(text))
    }
    for (const [, open, options] of inner.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/gi)) {
      const name = attribute(open, "name")
      const first = /<option\b[^>]*value="([^"]*)"/i.exec(options)
      if (name && !fields.has(name)) fields.set(name, first ? decode(first[1]) : "")
    }
    forms.push({ action, fields: [...fields] })
  }
  return forms
}

/** One form's fields with one thing wrong: a hostile value, a field left out, a field sent twice, or a field of its own. */
function nearValidForm(fields: Array<[string, string]>): fc.Arbitrary<Array<[string, string]>> {
  if (fields.length === 0) return fc.array(fc.tuple(hostileKey, hostileString), { maxLength: 3 })
  const index = fc.nat({ max: fields.length - 1 })
  return fc.oneof(
    fc.tuple(index, hostileString).map(([at, value]) => fields.map(([name, old], i): [string, string] => [name, i === at ? value : old])),
    index.map((at) => fields.filter((_, i) => i !== at)),
    fc.tuple(index, hostileString).map(([at, value]): Array<[string, string]> => [...fields, [fields[at][0], value]]),
    fc.tuple(hostileKey, hostileString).map(([key, value]): Array<[string, string]> => [...fields, [key, value]])
  )
}

export type FormAnswer = { action: string; body: string; status: number }

/**
 * Posts `runs` near-valid variants of each form, as the browser on the shop's
 * own page would (same origin, urlencoded, the visitor's cookies), with a fixed
 * seed. Returns every answer of 500 or more, with what was sent.
 */
export async function fuzzForms(origin: string, forms: PageForm[], cookie: string, { runs, seed }: { runs: number; seed: number }): Promise<FormAnswer[]> {
  const failures: FormAnswer[] = []
  for (const form of forms) {
    await fc.assert(
      fc.asyncProperty(nearValidForm(form.fields), async (fields) => {
        const body = new URLSearchParams(fields).toString()
        const response = await fetch(`${origin}${form.action}`, {
          method: "POST",
          redirect: "manual",
          headers: { origin, cookie, "content-type": "application/x-www-form-urlencoded" },
          body,
        })
        await response.arrayBuffer()
        if (response.status >= 500) failures.push({ action: form.action, body: body.slice(0, 300), status: response.status })
      }),
      { numRuns: runs, seed, endOnFailure: true }
    )
  }
  return failures
}
