import { describe, expect, it } from "vitest"
import { deliverableChannels, notificationSenders, WHATSAPP_GRAPH_API } from "./senders"

const development = { NODE_ENV: "development", STOREFRONT_URL: "http://localhost:4321" } as const

describe("notificationSenders", () => {
  it("writes every channel to the log file outside production until a real sender is configured", () => {
    expect(notificationSenders(development)).toEqual({
      file: { file: ".medusa/notifications.log", channels: ["feed", "email"] },
      smtp: undefined,
      whatsapp: undefined,
    })
    expect([...deliverableChannels(development)]).toEqual(["feed", "email"])
    expect(deliverableChannels({ ...development, NODE_ENV: "production" }).size).toBe(0)
  })

  it("gives email to SMTP and WhatsApp to the Cloud API once configured, the log file keeping the feed", () => {
    const senders = notificationSenders({
      ...development,
      SMTP_URL: "smtp://127.0.0.1:2525",
      NOTIFICATION_FROM: "Pasar Desa <pesan@example.id>",
      WHATSAPP_TOKEN: "token",
      WHATSAPP_PHONE_NUMBER_ID: "1065",
    })
    expect(senders.file?.channels).toEqual(["feed"])
    expect(senders.smtp).toEqual({ url: "smtp://127.0.0.1:2525", from: "Pasar Desa <pesan@example.id>", links: "http://localhost:4321" })
    expect(senders.whatsapp).toMatchObject({ token: "token", phone_number_id: "1065", api_base: WHATSAPP_GRAPH_API })
  })
})
