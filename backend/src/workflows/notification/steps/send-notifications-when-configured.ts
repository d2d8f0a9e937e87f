import type { CreateNotificationDTO, INotificationModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, NotificationStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readBackendEnv } from "../../../lib/env"
import { deliverableChannels } from "../../../lib/notification/senders"

export const sendNotificationsWhenConfiguredStepId = "send-notifications-when-configured"

/** Waits between a failed send and the next try (a mail server's greylisting or Meta's rate limit often lifts within seconds). */
export const SEND_RETRY_DELAYS_MS = [1_000, 4_000]

/** The module's generated methods that INotificationModuleService does not declare (a filter on the key and status, an update). */
type NotificationRows = {
  listNotifications(filters: { idempotency_key: string[]; status: NotificationStatus }): Promise<Array<{ id: string; idempotency_key: string | null }>>
  updateNotifications(data: Array<{ id: string; idempotency_key: string }>): Promise<unknown>
}

/**
 * Medusa skips a notification whose idempotency_key it already holds, except a
 * failed one, which it sends again under a new id it then cannot update: the
 * message would go out and the row stay "failure", so every later try would
 * send it once more. A failed row therefore gives its key up first (it keeps
 * it with a "#failed:" suffix, for the record) and the retry is a new row.
 */
async function releaseFailedKeys(service: NotificationRows, notifications: CreateNotificationDTO[]) {
  const keys = notifications.flatMap((notification) => (notification.idempotency_key ? [notification.idempotency_key] : []))
  if (!keys.length) return
  const failed = await service.listNotifications({ idempotency_key: keys, status: NotificationStatus.FAILURE })
  if (!failed.length) return
  await service.updateNotifications(failed.map((row) => ({ id: row.id, idempotency_key: `${row.idempotency_key}#failed:${row.id}` })))
}

const templatesOf = (notifications: CreateNotificationDTO[]) => [...new Set(notifications.map((entry) => entry.template))].join(", ")

/**
 * Medusa's sendNotificationsStep, with three differences. A server without a
 * notification module (production until a sender is configured, see
 * medusa-config.ts), or without a sender for a notice's channel, sends those
 * notices nothing and says so in the log. A failed send is tried again
 * (SEND_RETRY_DELAYS_MS), and given up with an error in the log rather than
 * by failing the workflow: a canceled order or a curation decision must not be
 * undone because a message could not go; the failed row stays, and the next
 * delivery of the same event tries it again. Every notification should carry
 * an idempotency_key (template, entity, event), so a retried workflow or a
 * redelivered event sends nothing twice. Sent messages cannot be called back,
 * hence no compensation.
 */
export const sendNotificationsWhenConfiguredStep = createStep(
  sendNotificationsWhenConfiguredStepId,
  async (notifications: CreateNotificationDTO[], { container }) => {
    if (!notifications.length) return new StepResponse([] as string[])
    const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    const service = container.resolve<INotificationModuleService | undefined>(Modules.NOTIFICATION, { allowUnregistered: true })
    if (!service) {
      logger.warn(`No notification module: ${notifications.length} notification(s) not sent (${templatesOf(notifications)})`)
      return new StepResponse([] as string[])
    }
    const channels = deliverableChannels(readBackendEnv(process.env))
    const sendable = notifications.filter((notification) => channels.has(notification.channel))
    const stranded = notifications.filter((notification) => !channels.has(notification.channel))
    if (stranded.length) {
      logger.warn(
        `No sender for ${[...new Set(stranded.map((entry) => entry.channel))].join(", ")}: ${stranded.length} notification(s) not sent (${templatesOf(stranded)})`
      )
    }
    for (let attempt = 0; sendable.length; attempt++) {
      await releaseFailedKeys(container.resolve<NotificationRows>(Modules.NOTIFICATION), sendable)
      try {
        const created = await service.createNotifications(sendable)
        return new StepResponse(created.map((notification) => notification.id))
      } catch (error) {
        const delay = SEND_RETRY_DELAYS_MS[attempt]
        if (delay === undefined) {
          logger.error(`Notification(s) not sent after ${attempt + 1} tries (${templatesOf(sendable)}): ${(error as Error).message}`)
          return new StepResponse([] as string[])
        }
        await new Promise((resolve) => setTimeout(resolve, delay))
      }
    }
    return new StepResponse([] as string[])
  }
)
