import type { CreateNotificationDTO, INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const sendNotificationsWhenConfiguredStepId = "send-notifications-when-configured"

/**
 * Medusa's sendNotificationsStep, except that a server without a notification
 * module (production until a sender is chosen, see medusa-config.ts) sends
 * nothing and says so in the log, instead of failing the workflow: a canceled
 * order or a producer's new part must not be undone because no email could go.
 * Every notification should carry an idempotency_key, so a retried workflow
 * or a redelivered event sends nothing twice. Sent messages cannot be called
 * back, hence no compensation.
 */
export const sendNotificationsWhenConfiguredStep = createStep(
  sendNotificationsWhenConfiguredStepId,
  async (notifications: CreateNotificationDTO[], { container }) => {
    if (!notifications.length) return new StepResponse([] as string[])
    const service = container.resolve<INotificationModuleService | undefined>(Modules.NOTIFICATION, { allowUnregistered: true })
    if (!service) {
      const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
      logger.warn(
        `No notification module: ${notifications.length} notification(s) not sent (${[...new Set(notifications.map((entry) => entry.template))].join(", ")})`
      )
      return new StepResponse([] as string[])
    }
    const created = await service.createNotifications(notifications)
    return new StepResponse(created.map((notification) => notification.id))
  }
)
