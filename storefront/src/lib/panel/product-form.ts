/**
 * What the panel's product forms send, read into the bodies the producer API takes.
 * Pure (FormData in, plain objects out) so each rule is unit-tested; the backend
 * still checks everything and answers what is wrong in Indonesian.
 */
import { text, whole } from "./form-fields"

/** An optional number field: blank is "not given" (null), anything else must be a whole number. */
const optionalWhole = (value: string) => (value === "" ? null : whole(value))

/** The variant rows a form sent: blank rows are left out, so one form offers several without forcing them. */
function newVariants(form: FormData) {
  const titles = form.getAll("variant_title").map(String)
  const prices = form.getAll("variant_price").map(String)
  return titles.flatMap((title, index) => {
    const price = (prices[index] ?? "").trim()
    return title.trim() || price ? [{ title: title.trim(), price: whole(price) }] : []
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
    compliance: complianceOf(form),
  }
}

/** The food facts of a form that shows them (the create form, and the edit form of a product that has them). */
function complianceOf(form: FormData) {
  return {
    product_type: text(form, "product_type"),
    licence: text(form, "licence") || "none",
    halal: form.get("halal") === "ya",
    net_quantity: text(form, "net_quantity") || null,
    ingredients: text(form, "ingredients") || null,
    shelf_life_days: optionalWhole(text(form, "shelf_life_days")),
    storage: text(form, "storage") || null,
  }
}

/**
 * The body of POST /producer/products/:id from the edit form: name, description,
 * weight, categories, food facts and each variant's name, price and weight
 * (variant ids come from hidden fields). Categories are sent only when the form
 * showed them (a hidden marker: no box ticked means "none", not "not shown"),
 * the food facts only when the product has them.
 */
export function editProductBody(form: FormData) {
  const ids = form.getAll("variant_id").map(String)
  const titles = form.getAll("variant_title").map(String)
  const prices = form.getAll("variant_price").map(String)
  const weights = form.getAll("variant_weight").map(String)
  return {
    title: text(form, "title"),
    description: text(form, "description"),
    weight: optionalWhole(text(form, "weight")),
    ...(form.has("category_shown") ? { category_ids: form.getAll("category_ids").map(String).filter(Boolean) } : {}),
    ...(form.has("product_type") ? { compliance: complianceOf(form) } : {}),
    variants: ids.map((id, index) => {
      const title = (titles[index] ?? "").trim()
      const weight = (weights[index] ?? "").trim()
      return { id, ...(title ? { title } : {}), price: whole((prices[index] ?? "").trim()), ...(weight ? { weight: whole(weight) } : {}) }
    }),
  }
}

/** Number fields of the product forms, as the producer knows them, with an example of what to type. */
const NUMBER_FIELDS: Array<[string, string, string]> = [
  ["variant_price", "Harga", "28.000"],
  ["shelf_life_days", "Masa simpan (hari)", "90"],
  ["weight", "Berat kemasan (gram)", "250"],
  ["variant_weight", "Berat varian (gram)", "250"],
]

/**
 * A number field holding words ("sembilan puluh") or a decimal: refused here,
 * naming it, because sent on it would arrive as nothing and an optional field
 * would be saved empty without a word.
 */
export function numberProblem(form: FormData): string | null {
  for (const [name, label, example] of NUMBER_FIELDS) {
    for (const value of form.getAll(name)) {
      const typed = String(value).trim()
      if (typed && Number.isNaN(whole(typed))) return `${label}: tulis angka bulat, mis. ${example}.`
    }
  }
  return null
}
