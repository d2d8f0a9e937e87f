import { withFieldLabel } from "./field-labels"

/** Medusa's own wording of a failed schema check, which the backend cannot reword; the field name is kept. */
const MEDUSA_WORDING: Array<[RegExp, (field: string, limit: string) => string]> = [
  [/^Value for field '([^']+)' too small, expected at least: '(\d+)'/, (field, limit) => `${field}: terlalu pendek/kecil, minimal ${limit}`],
  [/^Value for field '([^']+)' too big, expected at most: '(\d+)'/, (field, limit) => `${field}: terlalu panjang/besar, maksimal ${limit}`],
  [/^Field '([^']+)' is required/, (field) => `${field}: wajib diisi`],
  [/^Expected type: '[^']+' for field '([^']+)'/, (field) => `${field}: isian tidak valid`],
  [/^Expected: '([^']+)' for field '([^']+)'/, (choices, field) => `${field}: pilih salah satu dari ${choices}`],
]

/** The backend's messages are "field: Indonesian / English"; the panel is in Indonesian, naming fields as its forms do. */
export function indonesian(message: string) {
  const bare = message.replace(/^Invalid request: /, "")
  for (const [pattern, say] of MEDUSA_WORDING) {
    const match = bare.match(pattern)
    if (match) return withFieldLabel(say(match[1], match[2]))
  }
  return withFieldLabel(bare.split(" / ")[0])
}
