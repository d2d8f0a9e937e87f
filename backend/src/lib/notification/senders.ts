import type { BackendEnv } from "../env"
import { notificationLogFile } from "../privacy/notification-log-file"

type SenderEnv = Pick<
  BackendEnv,
  | "NODE_ENV"
  | "NOTIFICATION_LOG_FILE"
  | "SMTP_URL"
  | "NOTIFICATION_FROM"
  | "WHATSAPP_TOKEN"
  | "WHATSAPP_PHONE_NUMBER_ID"
  | "WHATSAPP_API_BASE"
  | "STOREFRONT_URL"
>

export const WHATSAPP_GRAPH_API = "https://graph.facebook.com"

/**
 * Which provider carries each channel. Medusa's notification module takes one
 * provider per channel: email goes through SMTP when SMTP_URL is set, WhatsApp
 * through the Cloud API when its token and number are set; the log file takes
 * the feed and whatever has no real sender. Nothing configured in production
 * means no notification module at all (medusa-config.ts).
 */
export function notificationSenders(env: SenderEnv) {
  const file = notificationLogFile(env)
  const smtp = env.SMTP_URL && env.NOTIFICATION_FROM ? { url: env.SMTP_URL, from: env.NOTIFICATION_FROM, links: env.STOREFRONT_URL } : undefined
  const whatsapp =
    env.WHATSAPP_TOKEN && env.WHATSAPP_PHONE_NUMBER_ID
      ? {
          token: env.WHATSAPP_TOKEN,
          phone_number_id: env.WHATSAPP_PHONE_NUMBER_ID,
          api_base: env.WHATSAPP_API_BASE ?? WHATSAPP_GRAPH_API,
          links: env.STOREFRONT_URL,
        }
      : undefined
  const fileChannels = ["feed", ...(smtp ? [] : ["email"])]
  return { file: file ? { file, channels: fileChannels } : undefined, smtp, whatsapp }
}

/** The channels some provider carries: a notice for any other would fail, so it is not sent (and the log says so). */
export function deliverableChannels(env: SenderEnv): Set<string> {
  const { file, smtp, whatsapp } = notificationSenders(env)
  return new Set([...(file?.channels ?? []), ...(smtp ? ["email"] : []), ...(whatsapp ? ["whatsapp"] : [])])
}
