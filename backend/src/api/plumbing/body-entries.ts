/**
 * Every key of a request body at any depth, with its dotted path
 * ("items.0.metadata"), depth first: for the checks that look for one field
 * wherever Medusa's routes accept it (pictures, metadata).
 */
export function* entriesAtAnyDepth(root: unknown): Generator<[at: string, key: string, value: unknown]> {
  const pending: Array<[string, unknown]> = [["", root]]
  while (pending.length) {
    const [path, value] = pending.pop()!
    if (!value || typeof value !== "object") continue
    for (const [key, inner] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key
      yield [at, key, inner]
      pending.push([at, inner])
    }
  }
}
