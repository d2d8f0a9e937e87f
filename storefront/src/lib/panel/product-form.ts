/**
 * What the panel's product forms send, read into the bodies the producer API takes.
 * Pure (FormData in, plain objects out) so each rule is unit-tested; the backend
 * still checks everything and answers what is wrong in Indonesian.
 */
import { text, whole as wholeNumber } from "./form-fields"

export { wholeNumber }

/** An optional number field: blank is "not given" (null), anything else must be a whole number. */
const optionalWhole = (value: string) => (value === "" ? null : wholeNumber(value))

/** The variant rows a form sent: blank rows are left out, so one form offers several without forcing them. */
function newVariants(form: FormData) {
  const titles = form.getAll("variant_title").map(String)
  const prices = form.getAll("variant_price").map(String)
  return titles.flatMap((title, index) => {
    const price = (prices[index] ?? "").trim()
    return title.trim() || price ? [{ title: title.trim(), price: wholeNumber(price) }] : []
  })
}

/** The body of POST /producer/products: a draft with what the approval checklist asks of processed food. */
export function newProductBody(form: FormData) {
  const categoryIds = form.getAll("category_ids").map(String).filter(Boolean)
  return {
    title: text(form, "title"),
    description: text(form, "description"),
    ...(categoryIds.length ? { category_ids: categoryIds } : {}),
    variants: newVariants(form),
    compliance: {
      product_type: text(form, "product_type"),
      licence: text(form, "licence") || "none",
      halal: form.get("halal") === "ya",
      net_quantity: text(form, "net_quantity") || null,
      ingredients: text(form, "ingredients") || null,
      shelf_life_days: optionalWhole(text(form, "shelf_life_days")),
      storage: text(form, "storage") || null,
    },
  }
}

/**
 * The body of POST /producer/products/:id from the edit form: name, description,
 * weight and each variant's price and weight (variant ids come from hidden fields).
 */
export function editProductBody(form: FormData) {
  const ids = form.getAll("variant_id").map(String)
  const prices = form.getAll("variant_price").map(String)
  const weights = form.getAll("variant_weight").map(String)
  return {
    title: text(form, "title"),
    description: text(form, "description"),
    weight: optionalWhole(text(form, "weight")),
    variants: ids.map((id, index) => {
      const weight = (weights[index] ?? "").trim()
      return { id, price: wholeNumber((prices[index] ?? "").trim()), ...(weight ? { weight: wholeNumber(weight) } : {}) }
    }),
  }
}
