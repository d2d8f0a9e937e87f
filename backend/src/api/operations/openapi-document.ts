import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { OPERATIONS } from "./all-operations"
import type { Auth, ErrorStatus, Operation } from "./operation"

type JsonSchema = { [key: string]: unknown }

/**
 * A zod schema as JSON Schema 2020-12, the dialect of OpenAPI 3.1; by default
 * as the client writes it (`io: "input"`: before defaults and transforms). A
 * type JSON Schema cannot express (a date object, a bigint) throws, so it is
 * mended in the validator rather than shown as "anything".
 */
export function jsonSchema(schema: z.ZodType, io: "input" | "output" = "input"): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io })
  return json
}

/** Every refusal, ours and Medusa's: `{ type, message }` with the message in Indonesian. */
const ErrorBody = z.looseObject({
  type: z.string().meta({ description: "Medusa's error type: invalid_data, unauthorized, not_allowed, not_found, conflict, …" }),
  message: z.string().meta({ description: "For the person: in Bahasa Indonesia, often followed by ` / ` and the English." }),
})

const errorContent = (example: z.infer<typeof ErrorBody>) => ({
  "application/json": { schema: { $ref: "#/components/schemas/Error" }, example },
})

/** The refusals many routes share, each with a message a client really receives. */
const SHARED_ERRORS = {
  400: {
    name: "BadRequest",
    description:
      "Input refused: a value the validator refuses, an unknown field or query parameter, or (store routes) no publishable key. The message names the field.",
    example: { type: "invalid_data", message: "handle: huruf kecil, angka dan '-' / lowercase letters, digits and '-'" },
  },
  401: {
    name: "Unauthorized",
    description: "Not signed in as the route's kind of user, or (producer routes) a login tied to no producer.",
    example: { type: "unauthorized", message: "Akun ini belum terhubung ke produsen mana pun. Hubungi koordinator OK OCE." },
  },
  403: {
    name: "ProducerNotActive",
    description: "The producer's account awaits a coordinator's check, or is suspended (the message carries the coordinator's reason).",
    example: { type: "not_allowed", message: "Akun produsen Anda belum diaktifkan koordinator OK OCE." },
  },
  404: {
    name: "NotFound",
    description: "Nothing with that id or handle (for a producer: nothing of their own).",
    example: { type: "not_found", message: "Produsen 'kopi-mbah-darmo' tidak ditemukan / producer not found" },
  },
} as const

const SECURITY_SCHEMES = {
  publishableKey: {
    type: "apiKey",
    in: "header",
    name: "x-publishable-api-key",
    description: "The store's publishable API key; it also picks the sales channels whose products a buyer sees.",
  },
  bearer: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description:
      "A token from POST /auth/customer/emailpass (buyer accounts), POST /auth/producer/emailpass (producer routes) or POST /auth/user/emailpass (coordinator routes).",
  },
  session: {
    type: "apiKey",
    in: "cookie",
    name: "connect.sid",
    description: "The session cookie POST /auth/session sets for such a token.",
  },
  adminApiKey: {
    type: "http",
    scheme: "basic",
    description: "A secret admin API key as the user name (coordinator routes only).",
  },
}

const SECURITY: Record<Auth, Array<Record<string, string[]>>> = {
  public: [],
  store: [{ publishableKey: [] }],
  customer: [
    { publishableKey: [], bearer: [] },
    { publishableKey: [], session: [] },
  ],
  producer: [{ bearer: [] }, { session: [] }],
  coordinator: [{ bearer: [] }, { session: [] }, { adminApiKey: [] }],
}

const TAGS: Record<Auth, { name: string; description: string }> = {
  public: { name: "Public", description: "No key, no login." },
  store: { name: "Store", description: "Buyers' clients, with the publishable key; Medusa's own store routes are documented by Medusa." },
  customer: { name: "Buyer accounts", description: "A signed-in buyer's own reviews, with the publishable key." },
  producer: { name: "Producer panel", description: "A producer's own profile, products, stock, harvests and orders." },
  coordinator: { name: "Coordinators", description: "The OK OCE centre's admin: producers, curation, territories, transfers." },
}

const PATH_PARAMETER = /:(\w+)/g

/** Medusa's `/producer/products/:id` is OpenAPI's `/producer/products/{id}`. */
export const openApiPath = (path: string) => path.replace(PATH_PARAMETER, "{$1}")

const pathParameterNames = (path: string) => [...path.matchAll(PATH_PARAMETER)].map(([, name]) => name)

/** `POST /producer/products/:id/stock` is `postProducerProductsByIdStock`. */
function operationId({ method, path }: Operation) {
  const words = path
    .split(/[/.-]/)
    .filter(Boolean)
    .map((word) => (word.startsWith(":") ? `By_${word.slice(1)}` : word))
    .flatMap((word) => word.split("_"))
  return method.toLowerCase() + words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("")
}

function queryParameters(query: z.ZodType) {
  const json = jsonSchema(query)
  if (json.type !== "object") throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `A query schema must be an object, not ${JSON.stringify(json.type)}`)
  const required = new Set((json.required as string[] | undefined) ?? [])
  return Object.entries((json.properties as Record<string, JsonSchema> | undefined) ?? {}).map(([name, schema]) => ({
    name,
    in: "query",
    required: required.has(name),
    schema,
  }))
}

/** The refusals an operation's fields imply, then those it words itself. */
function errorResponses(operation: Operation) {
  const implied: Partial<Record<ErrorStatus, true>> = {}
  if (operation.query || operation.body || operation.auth === "store" || operation.auth === "customer") implied[400] = true
  if (operation.auth === "customer" || operation.auth === "producer" || operation.auth === "coordinator") implied[401] = true
  if (operation.auth === "producer") implied[403] = true
  if (pathParameterNames(operation.path).length) implied[404] = true
  const responses: Record<string, unknown> = {}
  for (const status of Object.keys(implied).map(Number) as Array<keyof typeof SHARED_ERRORS>) {
    responses[status] = { $ref: `#/components/responses/${SHARED_ERRORS[status].name}` }
  }
  for (const [status, description] of Object.entries(operation.errors ?? {})) {
    responses[status] = { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }
  }
  return responses
}

function operationObject(operation: Operation) {
  const status = operation.status ?? 200
  return {
    operationId: operationId(operation),
    summary: operation.summary,
    description: operation.description,
    tags: [TAGS[operation.auth].name],
    security: SECURITY[operation.auth],
    parameters: [
      ...pathParameterNames(operation.path).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
      ...(operation.query ? queryParameters(operation.query) : []),
    ],
    ...(operation.body && {
      requestBody: { required: true, content: { "application/json": { schema: jsonSchema(operation.body) } } },
    }),
    responses: {
      [status]: { description: status === 201 ? "Created" : "OK", content: { "application/json": { schema: { type: "object" } } } },
      ...errorResponses(operation),
    },
  }
}

/** The OpenAPI 3.1 document of the custom routes, served at GET /openapi.json. */
export function buildOpenApiDocument(operations: readonly Operation[] = OPERATIONS) {
  const paths: Record<string, Record<string, ReturnType<typeof operationObject>>> = {}
  for (const operation of operations) {
    const item = (paths[openApiPath(operation.path)] ??= {})
    const method = operation.method.toLowerCase()
    if (item[method]) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${operation.method} ${operation.path} is described twice`)
    item[method] = operationObject(operation)
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Pasar Desa API",
      // The document's own version: raise it when a route changes in a way clients must follow.
      version: "1.0.0",
      description:
        "The custom routes of the Pasar Desa backend (a Medusa application): the store's villages, producers, harvests and search, the producer panel, and the coordinators' admin. Medusa's own store and admin routes are documented at https://docs.medusajs.com/api. Every refusal is `{ type, message }` with the message in Bahasa Indonesia.",
    },
    tags: Object.values(TAGS),
    paths,
    components: {
      schemas: { Error: jsonSchema(ErrorBody, "output") },
      responses: Object.fromEntries(
        Object.values(SHARED_ERRORS).map(({ name, description, example }) => [name, { description, content: errorContent(example) }])
      ),
      securitySchemes: SECURITY_SCHEMES,
    },
  }
}
