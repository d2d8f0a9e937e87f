import { appendFile, mkdir } from "node:fs/promises"
import path from "node:path"
import { randomUUID } from "node:crypto"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"

type Options = { file: string }

/**
 * Development's post office: every notification (a producer's new order, a
 * buyer's canceled pre-order, a reset link) becomes one JSON line in a file,
 * so it can be read with `tail -f` and checked by tests. Production configures
 * a real sender instead.
 */
export default class FileNotificationService extends AbstractNotificationProviderService {
  static identifier = "file"

  constructor(
    _container: unknown,
    private readonly options: Options
  ) {
    super()
  }

  static validateOptions(options: Record<string, unknown>) {
    if (typeof options.file !== "string" || !options.file) throw new MedusaError(MedusaError.Types.INVALID_DATA, "notification-file needs a `file` option")
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const id = randomUUID()
    const line = {
      id,
      at: new Date().toISOString(),
      to: notification.to,
      channel: notification.channel,
      template: notification.template,
      data: notification.data ?? {},
    }
    await mkdir(path.dirname(this.options.file), { recursive: true })
    await appendFile(this.options.file, `${JSON.stringify(line)}\n`)
    return { id }
  }
}
