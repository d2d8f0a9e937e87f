import { describe, expect, it } from "vitest"
import { english } from "./en"
import { indonesian } from "./id"
import resources from "./index"
import { NS } from "./namespace"

/** Every source of the admin extensions but the strings themselves, as text. */
const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../i18n/**"], { query: "?raw", import: "default", eager: true })

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") found.set(path, value)
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text)
  }
  return found
}

const id = leaves(indonesian)
const en = leaves(english)
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort()
/** A counted key (`t(key, { count })`) is written as key_one and key_other. */
const known = (strings: Map<string, string>, key: string) => strings.has(key) || strings.has(`${key}_other`)
const baseKey = (key: string) => key.replace(/_(one|other)$/, "")

const used = new Map<string, string[]>()
const nonLiteral: string[] = []
for (const [file, text] of Object.entries(sources)) {
  for (const match of text.matchAll(/\bt\(\s*([^\s)])/g)) {
    if (match[1] !== '"') nonLiteral.push(`${file}: t(${text.slice(match.index + 2, match.index + 40)}`)
  }
  for (const match of text.matchAll(/\bt\(\s*"([^"]+)"/g)) used.set(match[1], [...(used.get(match[1]) ?? []), file])
}
const routeConfigs = Object.entries(sources).flatMap(([file, text]) => {
  const config = text.match(/defineRouteConfig\(\{([\s\S]*?)\}\)/)?.[1]
  const label = config?.match(/label:\s*"([^"]+)"/)?.[1]
  return config && label ? [{ file, label, namespace: config.match(/translationNs:\s*"([^"]+)"/)?.[1] }] : []
})

describe("the admin extensions' strings in Indonesian and English", () => {
  it("give the dashboard both languages under the extensions' own namespace", () => {
    expect(resources).toEqual({ id: { [NS]: indonesian }, en: { [NS]: english } })
  })

  it("have exactly the same keys in Indonesian and English, none empty, with the same {{variables}}", () => {
    expect([...en.keys()].sort()).toEqual([...id.keys()].sort())
    for (const [key, text] of [...id, ...en]) expect({ key, empty: !text.trim() }).toEqual({ key, empty: false })
    for (const [key, text] of id) expect({ key, variables: variables(en.get(key) ?? "") }).toEqual({ key, variables: variables(text) })
  })

  it("find every key the extensions ask for, and the extensions ask for every key", () => {
    expect(used.size).toBeGreaterThan(100)
    const missing = [...used].filter(([key]) => !known(id, key) || !known(en, key)).map(([key, files]) => `${key} (${files.join(", ")})`)
    expect(missing).toEqual([])
    const asked = new Set([...used.keys(), ...routeConfigs.map((route) => route.label)])
    expect([...id.keys()].filter((key) => !asked.has(baseKey(key)))).toEqual([])
  })

  it("ask only with a written key, so this test sees every one", () => {
    expect(nonLiteral).toEqual([])
  })

  it("translate every sidebar label: a key of theirs, with the namespace written out for Medusa's bundler", () => {
    expect(routeConfigs.length).toBeGreaterThanOrEqual(9)
    for (const route of routeConfigs) {
      expect({ file: route.file, namespace: route.namespace, known: known(id, route.label) && known(en, route.label) }).toEqual({
        file: route.file,
        namespace: NS,
        known: true,
      })
    }
  })
})
