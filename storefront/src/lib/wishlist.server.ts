import { medusa } from "./medusa"
import { cardsByHandle, type ProductSummary } from "./data/products"

/**
 * A signed-in buyer's favourites: product handles kept in the metadata of
 * their Medusa customer, newest first. Handles, not ids: the page reads each
 * product's card by its handle, all in one request.
 */
const KEY = "favorit"
/** Enough for a family's regular shopping; the oldest falls off beyond it. */
export const MOST_SAVED = 30
/** Under the backend's 4 KB for a buyer's metadata (lib/input-limits.ts there), with room for other notes. */
const METADATA_BUDGET = 3_000
export const HANDLE = /^[a-z0-9][a-z0-9-]{0,119}$/

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

async function readMetadata(token: string): Promise<Record<string, unknown>> {
  const { customer } = await medusa.client.fetch<{ customer: { metadata: Record<string, unknown> | null } }>("/store/customers/me", {
    headers: bearer(token),
    query: { fields: "id,metadata" },
  })
  return customer.metadata ?? {}
}

const handlesIn = (metadata: Record<string, unknown>) =>
  Array.isArray(metadata[KEY]) ? (metadata[KEY] as unknown[]).filter((value): value is string => typeof value === "string") : []

export async function savedHandles(token: string): Promise<string[]> {
  return handlesIn(await readMetadata(token))
}

/** Adds a product to the front of the buyer's favourites, or takes it off; the rest of their metadata stays. */
export async function changeFavourites(token: string, handle: string, add: boolean) {
  const metadata = await readMetadata(token)
  const others = handlesIn(metadata).filter((saved) => saved !== handle)
  const next = add ? [handle, ...others].slice(0, MOST_SAVED) : others
  // The backend keeps a buyer's metadata within 4 KB: long handles drop the oldest sooner.
  while (next.length > 1 && JSON.stringify({ ...metadata, [KEY]: next }).length > METADATA_BUDGET) next.pop()
  await medusa.client.fetch("/store/customers/me", { method: "POST", headers: bearer(token), body: { metadata: { ...metadata, [KEY]: next } } })
}

/** The favourites as cards, in the buyer's order; a product buyers can no longer see is left out. */
export async function favouriteCards(handles: string[]): Promise<ProductSummary[]> {
  const cards = await cardsByHandle(handles)
  return handles.flatMap((handle) => cards.get(handle) ?? [])
}
