/** A request body or query as Stripe reads it: nested objects and arrays, every leaf a string. */
export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormObject = { [key: string]: FormValue }

/**
 * Decodes Stripe's form encoding (`metadata[session_id]=x&expand[0]=payment_method`,
 * also `expand[]=...`), as the `stripe` client sends it. Bracketed numeric or empty
 * keys make arrays, like Stripe's own parser.
 */
export function parseStripeForm(body: string): FormObject {
  const root: FormObject = {}
  for (const pair of body.split("&")) {
    if (!pair) continue
    const [rawKey, rawValue = ""] = pair.split("=")
    const key = decodeURIComponent(rawKey.replace(/\+/g, " "))
    const value = decodeURIComponent(rawValue.replace(/\+/g, " "))
    const path = [key.split("[")[0], ...[...key.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1])]
    let node: any = root
    path.forEach((segment, index) => {
      const last = index === path.length - 1
      const nextIsArray = !last && /^\d*$/.test(path[index + 1])
      if (Array.isArray(node) && segment === "") {
        if (last) node.push(value)
        else node.push((node = nextIsArray ? [] : {}))
        return
      }
      if (last) {
        node[segment] = value
        return
      }
      node[segment] ??= nextIsArray ? [] : {}
      node = node[segment]
    })
  }
  return root
}
