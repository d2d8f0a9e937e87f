import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { noticeText } from "../../lib/notification/notice-text"

type Options = { token: string; phone_number_id: string; api_base: string; links: string }

/** The Graph API version whose /messages endpoint we call. */
export const GRAPH_API_VERSION = "v21.0"
/** The templates are registered in Indonesian in WhatsApp Manager. */
export const TEMPLATE_LANGUAGE = "id"

/** WhatsApp template names allow lowercase letters, digits and underscores: producer-new-order becomes producer_new_order. */
export const whatsappTemplateName = (template: string) => template.toLowerCase().replace(/[^a-z0-9_]/g, "_")

/**
 * A template parameter may hold no new lines or tabs, nor more than four spaces
 * in a row (the Cloud API refuses the message), and the body stays under 1,024
 * characters: the paragraphs become one line, cut with an ellipsis if long.
 */
export function templateParameter(text: string, max = 900) {
  const line = text.replace(/\s+/g, " ").trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

/**
 * WhatsApp through the WhatsApp Business Cloud API. Outside a conversation the
 * person opened, WhatsApp delivers only approved templates: each notice is sent
 * as the template of the same name (underscored), in Indonesian, whose body has
 * one parameter that carries the notice's text and links. The number is the
 * producer's, in international form; Meta answers with the message's wamid,
 * which Medusa records.
 */
export default class WhatsAppNotificationService extends AbstractNotificationProviderService {
  static identifier = "whatsapp"

  constructor(
    _container: unknown,
    private readonly options: Options
  ) {
    super()
  }

  static validateOptions(options: Record<string, unknown>) {
    for (const name of ["token", "phone_number_id", "api_base"]) {
      if (typeof options[name] !== "string" || !options[name])
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `notification-whatsapp needs a \`${name}\` option`)
    }
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const { text } = noticeText(notification.data, this.options.links)
    const url = new URL(`/${GRAPH_API_VERSION}/${encodeURIComponent(this.options.phone_number_id)}/messages`, this.options.api_base)
    const response = await fetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${this.options.token}`, "content-type": "application/json" },
      body: JSON.stringify({
        messaging_product: "whatsapp",
        recipient_type: "individual",
        to: notification.to.replace(/\D/g, ""),
        type: "template",
        template: {
          name: whatsappTemplateName(notification.template),
          language: { code: TEMPLATE_LANGUAGE },
          components: [{ type: "body", parameters: [{ type: "text", text: templateParameter(text) }] }],
        },
      }),
      signal: AbortSignal.timeout(15_000),
    })
    const body = (await response.json().catch(() => ({}))) as { messages?: Array<{ id?: string }>; error?: { message?: string; code?: number } }
    const id = body.messages?.[0]?.id
    if (!response.ok || !id) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `WhatsApp refused the ${notification.template} message (HTTP ${response.status}${body.error ? `, code ${body.error.code}: ${body.error.message}` : ""})`
      )
    }
    return { id }
  }
}
