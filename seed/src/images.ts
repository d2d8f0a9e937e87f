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
 * The demo's stand-in for a product photo: the demo ships no photographs and
 * fetches nothing from the internet. It says "no photo yet" (a crossed-out
 * camera on a pale, dashed frame) with the product's name small below, and
 * the category's colour only as a thin band: a coloured tile with the name
 * in large letters looked like the goods themselves.
 */
export function productSvg(title: string, caption: string, color: string): string {
  const lines = wrap(title, 28)
  const text = lines.map((line, index) => `<text x="300" y="${420 + index * 34}" font-size="28">${escapeXml(line)}</text>`).join("")
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600" role="img" aria-label="${escapeXml(`Foto belum ada: ${title}`)}">` +
    `<rect width="600" height="600" fill="#f4f2ec"/>` +
    `<rect x="12" y="12" width="576" height="576" rx="16" fill="none" stroke="#c9c4b6" stroke-width="4" stroke-dasharray="18 12"/>` +
    `<rect x="12" y="12" width="576" height="14" fill="${color}"/>` +
    `<g fill="none" stroke="#8a8577" stroke-width="2.5" stroke-linejoin="round" transform="translate(228 150) scale(3)">` +
    `<path d="M6 16h8l3-5h14l3 5h8v22H6z"/><circle cx="24" cy="26" r="7"/><path d="M8 40 40 8"/></g>` +
    `<g fill="#4d4a42" font-family="system-ui, sans-serif" text-anchor="middle">` +
    `<text x="300" y="360" font-size="30" font-weight="700">Foto menyusul</text>${text}` +
    `<text x="300" y="560" font-size="22" fill-opacity="0.8">${escapeXml(caption)}</text></g></svg>`
  )
}

/** A place's or producer's picture: its name on a colour, with a caption. */
export function placeSvg(name: string, caption: string, color: string): string {
  const lines = wrap(name, 16)
  const top = 300 - lines.length * 28
  const text = lines.map((line, index) => `<text x="300" y="${top + index * 64}" font-size="52" font-weight="700">${escapeXml(line)}</text>`).join("")
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600" role="img" aria-label="${escapeXml(name)}">` +
    `<rect width="600" height="600" fill="${color}"/>` +
    `<circle cx="520" cy="80" r="48" fill="#ffffff" fill-opacity="0.18"/>` +
    `<g fill="#ffffff" font-family="system-ui, sans-serif" text-anchor="middle">${text}` +
    `<text x="300" y="540" font-size="26" fill-opacity="0.85">${escapeXml(caption)}</text></g></svg>`
  )
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
