import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

export type SentWhatsApp = { id: string; to: string; template: string; language: string; text: string }

type Keys = { token: string; phoneNumberId: string }

const readJson = async (request: IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as any
  } catch {
    return undefined
  }
}

/** What the Cloud API refuses in a template message (code 100 or 132000 in the real API): the reason, or null when it would be accepted. */
function refusal(body: any): string | null {
  if (body?.messaging_product !== "whatsapp") return "(#100) The parameter messaging_product is required."
  if (typeof body.to !== "string" || !/^\d{8,15}$/.test(body.to)) return "(#100) Invalid parameter: to"
  if (body.type !== "template") return "(#100) Param type must be one of {TEXT, TEMPLATE, ...}: only template messages start a conversation"
  const template = body.template
  if (typeof template?.name !== "string" || !/^[a-z0-9_]+$/.test(template.name)) return "(#132001) Template name does not exist in the translation"
  if (template.language?.code !== "id") return "(#132001) Template name does not exist in the translation (id)"
  const parameters = template.components?.find((component: any) => component?.type === "body")?.parameters
  if (!Array.isArray(parameters) || parameters.length !== 1) return "(#132000) Number of parameters does not match the expected number of params"
  const text = parameters[0]?.type === "text" ? parameters[0].text : undefined
  if (typeof text !== "string" || !text) return "(#100) Invalid parameter: text"
  if (/[\n\t]| {5,}/.test(text)) return "(#132018) Param text cannot have new-line/tab characters or more than 4 consecutive spaces"
  return null
}

/**
 * A faithful local stand-in for the WhatsApp Business Cloud API's
 * POST /v21.0/<PHONE_NUMBER_ID>/messages (the real one cannot be reached
 * offline): it checks the bearer token and the shape of a template message as
 * Meta does, answers like the Graph API ({ messages: [{ id: "wamid..." }] },
 * or { error: { message, type, code } }) and keeps each accepted message.
 * failNext(n) makes the next n sends fail as Meta's transient error does.
 *
 * @example
 * const whatsapp = await startFakeWhatsApp({ token: "t", phoneNumberId: "1065" })
 * // backend env: WHATSAPP_API_BASE=whatsapp.url, WHATSAPP_TOKEN=t, WHATSAPP_PHONE_NUMBER_ID=1065
 */
export async function startFakeWhatsApp({ token, phoneNumberId }: Keys) {
  const sent: SentWhatsApp[] = []
  const refused: string[] = []
  let failures = 0
  const answer = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json" })
    response.end(JSON.stringify(body))
  }
  const graphError = (response: ServerResponse, status: number, code: number, message: string) => {
    refused.push(message)
    answer(response, status, { error: { message, type: "OAuthException", code, fbtrace_id: `A${randomBytes(8).toString("hex")}` } })
  }
  const server = createServer(async (request, response) => {
    if (request.method !== "POST" || request.url !== `/v21.0/${phoneNumberId}/messages`) return graphError(response, 400, 100, "Unsupported post request.")
    if (request.headers.authorization !== `Bearer ${token}`) return graphError(response, 401, 190, "Invalid OAuth access token - Cannot parse access token")
    if (!request.headers["content-type"]?.startsWith("application/json")) return graphError(response, 400, 100, "(#100) Invalid content type")
    const body = await readJson(request)
    const reason = refusal(body)
    if (reason) return graphError(response, 400, 100, reason)
    if (failures > 0) {
      failures--
      return graphError(response, 500, 131000, "(#131000) Something went wrong")
    }
    const id = `wamid.${randomBytes(24).toString("base64url")}`
    sent.push({ id, to: body.to, template: body.template.name, language: body.template.language.code, text: body.template.components[0].parameters[0].text })
    answer(response, 200, { messaging_product: "whatsapp", contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id }] })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    /** Where the backend's WhatsApp provider must send (WHATSAPP_API_BASE). */
    url: `http://127.0.0.1:${port}`,
    sent,
    refused,
    failNext: (count: number) => {
      failures = count
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type FakeWhatsApp = Awaited<ReturnType<typeof startFakeWhatsApp>>
