import type { MedusaContainer } from "@medusajs/framework/types"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"

function escapeXml(text: string) {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1]
    if (last && `${last} ${word}`.length <= width) {
      lines[lines.length - 1] = `${last} ${word}`
    } else {
      lines.push(word)
    }
  }
  return lines.slice(0, 4)
}

/**
 * A product picture drawn from its name and category colour: the demo ships
 * no photographs and fetches nothing from the internet.
 */
export function productSvg(title: string, caption: string, color: string): string {
  const lines = wrap(title, 16)
  const top = 300 - lines.length * 28
  const text = lines.map((line, index) => `<text x="300" y="${top + index * 64}" font-size="52" font-weight="700">${escapeXml(line)}</text>`).join("")
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600" role="img" aria-label="${escapeXml(title)}">` +
    `<rect width="600" height="600" fill="${color}"/>` +
    `<circle cx="520" cy="80" r="48" fill="#ffffff" fill-opacity="0.18"/>` +
    `<g fill="#ffffff" font-family="system-ui, sans-serif" text-anchor="middle">${text}` +
    `<text x="300" y="540" font-size="26" fill-opacity="0.85">${escapeXml(caption)}</text></g></svg>`
  )
}

/** A place's or producer's picture: its name on a colour, with a caption. */
export function placeSvg(name: string, caption: string, color: string): string {
  return productSvg(name, caption, color)
}

/** Uploads SVGs through Medusa's file module; returns their public URLs in order. */
export async function uploadSvgs(container: MedusaContainer, files: Array<{ name: string; svg: string }>): Promise<string[]> {
  if (!files.length) {
    return []
  }
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: files.map((file) => ({
        filename: `${file.name}.svg`,
        mimeType: "image/svg+xml",
        content: Buffer.from(file.svg, "utf8").toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return result.map((file) => file.url)
}
