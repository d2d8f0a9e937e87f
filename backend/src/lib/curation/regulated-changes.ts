/**
 * Fields a coordinator checked before approving a product: changing one of them
 * on an approved product sends it back to review. Price, weight, photo and
 * subtitle are the producer's business and change without a new review.
 */
export const REGULATED_PRODUCT_FIELDS = ["title", "description", "category_ids"] as const

export type RegulatedSnapshot = {
  title: string
  description: string | null
  category_ids: string[]
  /** Variant names by id: "250 g" is a claim on the label as much as the title is. */
  variant_titles: Record<string, string>
  compliance: Record<string, unknown> | null
}

export type RegulatedEdit = {
  title?: string
  description?: string
  category_ids?: string[]
  variant_titles?: Record<string, string>
  compliance?: Record<string, unknown>
}

/** A product as read with `title`, `description`, `categories.id` (and `product_compliance.*`): what a coordinator approved. */
export type RegulatedRow = {
  title: string
  description: string | null
  categories?: Array<{ id: string } | null> | null
  variants?: Array<{ id: string; title: string | null } | null>
  product_compliance?: Record<string, unknown> | null
}

export function regulatedSnapshot(row: RegulatedRow): RegulatedSnapshot {
  return {
    title: row.title,
    description: row.description,
    category_ids: (row.categories ?? []).flatMap((category) => (category ? [category.id] : [])),
    variant_titles: Object.fromEntries((row.variants ?? []).flatMap((variant) => (variant ? [[variant.id, variant.title ?? ""]] : []))),
    compliance: row.product_compliance ?? null,
  }
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((value) => b.includes(value))

/**
 * The regulated fields an edit really changes (sending the same value is no
 * change), named as the API names them, e.g. ["title", "compliance.ingredients"].
 *
 * @example
 * regulatedChanges({ title: "Keripik", description: null, category_ids: [], compliance: null }, { title: "Keripik Pedas" }) // ["title"]
 */
export function regulatedChanges(current: RegulatedSnapshot, edit: RegulatedEdit): string[] {
  const changed: string[] = []
  if (edit.title !== undefined && edit.title !== current.title) changed.push("title")
  if (edit.description !== undefined && edit.description !== (current.description ?? "")) changed.push("description")
  if (edit.category_ids !== undefined && !sameSet(edit.category_ids, current.category_ids)) changed.push("category_ids")
  if (Object.entries(edit.variant_titles ?? {}).some(([id, title]) => title !== current.variant_titles[id])) changed.push("variants.title")
  for (const [key, value] of Object.entries(edit.compliance ?? {})) {
    if (value !== undefined && value !== (current.compliance?.[key] ?? null)) changed.push(`compliance.${key}`)
  }
  return changed
}
