import { model } from "@medusajs/framework/utils"

export const DATA_REQUEST_KINDS = ["export", "erasure"] as const
export const DATA_SUBJECTS = ["buyer", "producer"] as const

/**
 * A request about someone's personal data that a coordinator carried out (an
 * export of everything the shop holds, or a buyer's erasure), kept as the
 * record UU No. 27 Tahun 2022 asks for: who did it, when, and whose data. An
 * erased buyer is named only by a masked address and a hash of it, so the
 * record does not keep what was erased.
 */
export const DataRequest = model
  .define("data_request", {
    id: model.id({ prefix: "dreq" }).primaryKey(),
    kind: model.enum([...DATA_REQUEST_KINDS]),
    subject_type: model.enum([...DATA_SUBJECTS]),
    /** "s***@contoh.id" for a buyer, the producer's id for a producer. */
    subject_label: model.text(),
    /** SHA-256 of the buyer's email in lower case: answers "was this address erased?" without keeping it. */
    subject_hash: model.text().nullable(),
    reason: model.text().nullable(),
    requested_by: model.text(),
  })
  .indexes([{ on: ["subject_hash"] }, { on: ["created_at"] }])
