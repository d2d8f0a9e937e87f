import type { BackendEnv } from "../env"

/** Where the file notification provider writes each message (medusa-config.ts): NOTIFICATION_LOG_FILE, or a local file outside production. */
export const notificationLogFile = ({ NODE_ENV, NOTIFICATION_LOG_FILE }: Pick<BackendEnv, "NODE_ENV" | "NOTIFICATION_LOG_FILE">) =>
  NOTIFICATION_LOG_FILE || (NODE_ENV === "production" ? undefined : ".medusa/notifications.log")
