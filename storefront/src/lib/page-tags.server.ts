/**
 * What a catalogue page shows, named as the backend names its changes
 * (backend/src/lib/catalogue/change-tags.ts): the page cache empties a page
 * when something it shows changes, and only then.
 */
export const PageTags = {
  /** Lists or counts of products: home, listing, search, kecamatan, sitemap. */
  LISTS: "lists",
  HARVESTS: "harvests",
  product: (id: string) => `product:${id}`,
  /** A producer's own page: who they are and the products they sell. */
  producer: (handle: string) => `producer:${handle}`,
  /** What other pages show of a producer (name, desa, licences, story): a product's page, its desa's page. */
  producerProfile: (handle: string) => `producer-profile:${handle}`,
  desa: (handle: string) => `desa:${handle}`,
  kecamatan: (handle: string) => `kecamatan:${handle}`,
}

/** The tags of the page each request renders; the middleware reads them when it keeps the page. */
const tagsByRequest = new WeakMap<Request, Set<string>>()

/** Notes that the page answering `request` shows these (the page loaders call it with what they loaded). */
export function shows(request: Request, ...tags: string[]) {
  let shown = tagsByRequest.get(request)
  if (!shown) tagsByRequest.set(request, (shown = new Set()))
  for (const tag of tags) shown.add(tag)
}

export function tagsShownBy(request: Request): string[] {
  return [...(tagsByRequest.get(request) ?? [])]
}
