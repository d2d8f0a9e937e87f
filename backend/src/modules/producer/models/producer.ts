import { model } from "@medusajs/framework/utils"
import { NOTIFY_CHANNELS, PRODUCER_STATUSES } from "../formats"

/**
 * A village producer (UMKM/IKM) and its food licences. Its desa, products and
 * stock location live in other modules and are joined by links.
 */
export const Producer = model
  .define("producer", {
    id: model.id({ prefix: "prdc" }).primaryKey(),
    handle: model.text().unique(),
    business_name: model.text().searchable(),
    owner_name: model.text(),
    /** E.164, e.g. +6281234567890; shown to buyers only when phone_public. */
    whatsapp: model.text(),
    phone_public: model.boolean().default(false),
    /** Where the shop's notices to the producer go (producer-recipients.ts): WhatsApp, email or both. */
    notify_by: model.enum([...NOTIFY_CHANNELS]).default("whatsapp"),
    story: model.text(),
    photo_url: model.text().nullable(),
    status: model.enum([...PRODUCER_STATUSES]).default("pending"),
    status_reason: model.text().nullable(),
    pirt_number: model.text().nullable(),
    pirt_expires_on: model.dateTime().nullable(),
    bpom_number: model.text().nullable(),
    halal_kind: model.enum(["certificate", "self_declare"]).nullable(),
    halal_number: model.text().nullable(),
    halal_expires_on: model.dateTime().nullable(),
    /** Licence scans and other documents coordinators check; never on a store route. */
    licence_documents: model.json().nullable(),
    /** Seeded demo data: its licence numbers are not real. */
    is_demo: model.boolean().default(false),
  })
  .indexes([{ on: ["status"] }])
