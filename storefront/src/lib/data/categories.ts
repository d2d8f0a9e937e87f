import { medusa } from "../medusa"

export type CategoryLink = { handle: string; name: string }

/** The active product categories, by name, for the home page's "browse by category". */
export async function listCategories(): Promise<CategoryLink[]> {
  const { product_categories } = await medusa.store.category.list({ fields: "handle,name", limit: 50 })
  return product_categories.map((category) => ({ handle: category.handle, name: category.name })).sort((a, b) => a.name.localeCompare(b.name, "id"))
}

export type CategoryChoice = { id: string; name: string }

/** The categories a producer may file a new product under (the panel's checkboxes), by name. */
export async function listCategoryChoices(): Promise<CategoryChoice[]> {
  const { product_categories } = await medusa.store.category.list({ fields: "id,name", limit: 50 })
  return product_categories.map((category) => ({ id: category.id, name: category.name })).sort((a, b) => a.name.localeCompare(b.name, "id"))
}
