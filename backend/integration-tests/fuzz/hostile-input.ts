import fc from "fast-check"

/** Keys that reach prototype lookups, Mongo-style operators or fields only the server may set. */
export const hostileKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "$where", "id", "producer_id", "status", "metadata", ""),
  fc.string({ maxLength: 12 })
)

/** Text a handler may pass on to PostgreSQL, a search index or a template unchecked. */
export const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\ud800",
    "\u202etxt.exe",
    "'; drop table product; --",
    "%00",
    "%",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "NaN",
    "-1",
    "1e400",
    "true",
    "null",
    "2026-02-30",
    "prod_",
    "😀".repeat(300),
    "x".repeat(10_001)
  )
)

/** Numbers no form would send: huge, negative, fractional, beyond what a double keeps exactly. */
export const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0, 0.5, -0.0001, 1e21, 2 ** 53 + 2, -(2 ** 31), 2 ** 31, Number.MAX_VALUE, -Number.MAX_VALUE)
)

/** A JS value of any JSON type, wrong for most fields; objects may carry `__proto__` as an own key. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ maxDepth: 2, depthIdentifier: "hostile" }, hostileString, hostileNumber, fc.boolean(), fc.constant(null), tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.array(fc.tuple(hostileKey, tie("value")), { maxLength: 4 }).map(ownObject),
})).value

/** An object built with defineProperty, so `__proto__` stays an own key and is serialised like any other. */
export function ownObject(entries: Array<[string, unknown]>) {
  const object: Record<string, unknown> = {}
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, configurable: true, writable: true })
  return object
}

/** JSON texts JSON.stringify never writes: numbers that overflow or lose digits, broken syntax, other types. */
export const oddJsonText = fc.constantFrom(
  "1e400",
  '{"price": 1e400}',
  '{"quantity": -1e400}',
  '{"limit": 123456789012345678901234567890}',
  '{"a": 1, "a": 2}',
  "[]",
  "[{}]",
  '"text"',
  "null",
  "{",
  '{"a":',
  "",
  "nul"
)
