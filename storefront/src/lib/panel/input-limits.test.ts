import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const SRC = join(import.meta.dirname, "..", "..")
const PANEL_DIRS = [join(SRC, "pages", "panel"), join(SRC, "components", "panel")]

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? astroFiles(join(dir, entry.name)) : entry.name.endsWith(".astro") ? [join(dir, entry.name)] : []
  )
}

/**
 * Inputs a producer types free text into: textareas and inputs of type text (or none). Numbers
 * typed as text (inputmode numeric, so "28.000" arrives as typed) are read as whole numbers, not text.
 */
function textFields(source: string) {
  const tags = source.match(/<(?:input|textarea)\b[^>]*>/g) ?? []
  return tags
    .filter((tag) => tag.startsWith("<textarea") || !/\btype="/.test(tag) || /\btype="(?:text|search)"/.test(tag))
    .filter((tag) => !/\binputmode="numeric"/.test(tag))
}

describe("panel form limits", () => {
  it("every free-text field of the panel takes its length from the backend's table, so the form stops where the API does", () => {
    const loose = PANEL_DIRS.flatMap(astroFiles).flatMap((file) =>
      textFields(readFileSync(file, "utf8"))
        .filter((tag) => !/maxlength=\{TEXT_LIMITS\.\w+\}/.test(tag))
        .map((tag) => `${file.slice(SRC.length + 1)}: ${tag}`)
    )
    expect(loose).toEqual([])
  })
})
