import { model } from "@medusajs/framework/utils"

/**
 * A photo of a transfer receipt a buyer attached to their order, for the
 * coordinator matching the money. The picture itself sits in the file
 * module's private storage (it shows the buyer's name and account), re-encoded
 * without its metadata.
 */
export const TransferReceipt = model
  .define("transfer_receipt", {
    id: model.id({ prefix: "trcp" }).primaryKey(),
    order_id: model.text(),
    /** The file module's id of the picture. */
    file_id: model.text(),
    bytes: model.number(),
    width: model.number(),
    height: model.number(),
  })
  .indexes([{ on: ["order_id"] }])
