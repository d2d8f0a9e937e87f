import nodemailer, { type Transporter } from "nodemailer"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { noticeText } from "../../lib/notification/notice-text"

type Options = { url: string; from: string; links: string }

/**
 * Email through any SMTP server (the centre's own mail host, or a relay such
 * as a transactional mail service): plain text in Indonesian, as each notice
 * wrote it, with full links to the storefront. Medusa records the message id
 * the server answered with; a refused or unreachable server fails the send,
 * which our send step retries.
 */
export default class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "smtp"

  private readonly transport: Transporter

  constructor(
    _container: unknown,
    private readonly options: Options
  ) {
    super()
    // A stuck server must not hold a workflow for minutes: Nodemailer's defaults wait up to 10 minutes.
    this.transport = nodemailer.createTransport({ url: options.url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 })
  }

  static validateOptions(options: Record<string, unknown>) {
    if (typeof options.url !== "string" || !options.url)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "notification-smtp needs a `url` option (SMTP_URL)")
    if (typeof options.from !== "string" || !options.from)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "notification-smtp needs a `from` option (NOTIFICATION_FROM)")
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const { subject, text } = noticeText(notification.data, this.options.links)
    const sent = await this.transport.sendMail({ from: this.options.from, to: notification.to, subject, text })
    return { id: sent.messageId }
  }
}
