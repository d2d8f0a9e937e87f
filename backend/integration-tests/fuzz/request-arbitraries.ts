import fc from "fast-check"
import { hostileKey, hostileString, hostileValue, oddJsonText, ownObject } from "./hostile-input"

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = Array<string | number>

/** Every place in a value where one field can be broken: each key and array index, nested too. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])])
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])])
  return []
}

/** encodeURIComponent, after turning lone surrogates (which have no UTF-8 form) into U+FFFD. */
const encode = (text: string) => encodeURIComponent(text.replace(/\p{Surrogate}/gu, "\uFFFD"))

const kind = (value: unknown) => (Array.isArray(value) ? "array" : value === null ? "null" : typeof value)

/** A copy of `value` with the thing at `path` replaced (`undefined` removes it). */
function replaced(value: any, path: Path, next: unknown): any {
  if (path.length === 0) return next
  const [head, ...rest] = path
  const copy = Array.isArray(value) ? [...value] : { ...value }
  const inner = replaced(value[head], rest, next)
  if (inner === undefined && rest.length === 0) {
    if (Array.isArray(copy)) copy.splice(head as number, 1)
    else delete copy[head]
  } else copy[head] = inner
  return copy
}

/** A copy with an extra key at `path`'s object (or the top), added as an own property even when it is `__proto__`. */
function withExtraKey(value: any, path: Path, key: string, extra: unknown): any {
  const parentPath = path.slice(0, -1)
  let parent = value
  for (const step of parentPath) parent = parent[step]
  if (!parent || typeof parent !== "object" || Array.isArray(parent)) return ownObject([...Object.entries(value), [key, extra]])
  return replaced(value, parentPath, ownObject([...Object.entries(parent), [key, extra]]))
}

/**
 * The route's real body with one field broken: given a value of another JSON
 * type, removed, or joined by a key the strict schema does not know. These
 * pass the first checks and reach the ones a handler relies on.
 */
export function nearValidBody(valid: Json): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid)
  if (paths.length === 0) return fc.tuple(hostileKey, hostileValue).map(([key, extra]) => ownObject([[key, extra]]))
  return fc.oneof(
    fc.tuple(fc.constantFrom(...paths), hostileValue).map(([path, wrong]) => {
      const original = path.reduce((at: any, step) => at[step], valid)
      return replaced(valid, path, kind(wrong) === kind(original) && typeof wrong !== "string" ? { wrong } : wrong)
    }),
    fc.constantFrom(...paths).map((path) => replaced(valid, path, undefined)),
    fc.tuple(fc.constantFrom(...paths), hostileKey, hostileValue).map(([path, key, extra]) => withExtraKey(valid, path, key, extra))
  )
}

/** A request body as sent on the wire: near-valid, any JSON at all, or JSON text no serialiser writes. */
export function bodyText(valid: Json): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: nearValidBody(valid).map((body) => JSON.stringify(body) ?? "null"), weight: 5 },
    { arbitrary: hostileValue.map((body) => JSON.stringify(body) ?? "null"), weight: 4 },
    { arbitrary: oddJsonText, weight: 1 }
  )
}

/** `key=value` pairs with Medusa's bracket syntax for arrays (`a[]=`) and objects (`a[b]=`). */
function encodeQuery(query: Record<string, unknown>) {
  const pairs: string[] = []
  const add = (key: string, value: unknown) => {
    if (Array.isArray(value)) value.forEach((item) => add(`${key}[]`, item))
    else if (value && typeof value === "object") Object.entries(value).forEach(([inner, item]) => add(`${key}[${inner}]`, item))
    // Cut short: past Node's 16 KB header limit the server answers 431 before any route runs.
    else pairs.push(`${encode(key.slice(0, 100))}=${encode(String(value).slice(0, 300))}`)
  }
  Object.entries(query).forEach(([key, value]) => add(key, value))
  return pairs.join("&")
}

const queryValue = fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 }), fc.dictionary(hostileString, hostileString, { maxKeys: 2 }))

/** A query string: the route's real one with one parameter broken, any parameters at all, or raw text with stray `%`, `&`, `[`. */
export function queryText(valid: Record<string, string>): fc.Arbitrary<string> {
  const keys = Object.keys(valid)
  const nearValid = keys.length
    ? fc.oneof(
        fc.tuple(fc.constantFrom(...keys), queryValue).map(([key, value]) => encodeQuery({ ...valid, [key]: value })),
        fc.tuple(hostileKey, queryValue).map(([key, value]) => encodeQuery({ ...valid, [key]: value }))
      )
    : fc.tuple(hostileKey, queryValue).map(([key, value]) => encodeQuery({ [key]: value }))
  return fc.oneof(
    { arbitrary: nearValid, weight: 5 },
    { arbitrary: fc.array(fc.tuple(hostileKey, queryValue), { maxLength: 4 }).map((entries) => encodeQuery(Object.fromEntries(entries))), weight: 3 },
    { arbitrary: fc.string({ unit: fc.constantFrom("a", "=", "&", "%", "[", "]", "0", "é", "+", ".", "_"), maxLength: 30 }), weight: 1 },
    { arbitrary: fc.constant(encodeQuery(valid)), weight: 1 }
  )
}

/**
 * A path segment: mostly a real id (so the handler runs), otherwise hostile
 * text, encoded or raw. Not `..`: the client resolves it away, to another route.
 */
export function pathParam(real: string): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constant(encode(real)), weight: 3 },
    { arbitrary: hostileString.map((text) => encode(text.slice(0, 300)).replace(/^\.{1,2}$/, "x") || "x"), weight: 2 },
    { arbitrary: fc.constantFrom("%", "%E0%A4%A", "%00", "%20", "prod_01ZZZZZZZZZZZZZZZZZZZZZZZZ"), weight: 1 }
  )
}
