import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { PRIVATE_FILE_PREFIX } from "../../lib/files/store-file-url"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import { checkTransferReceiptStep } from "./steps/check-transfer-receipt"

export type AttachTransferReceiptInput = {
  order_id: string
  /** The photo already made upright, small and without metadata (lib/files/receipt-image.ts), base64. */
  content: string
  bytes: number
  width: number
  height: number
}

const recordTransferReceiptStep = createStep(
  "record-transfer-receipt",
  async (input: Omit<AttachTransferReceiptInput, "content"> & { file_id: string }, { container }) => {
    const receipt = await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).createTransferReceipts(input)
    return new StepResponse(receipt, receipt.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).deleteTransferReceipts(id)
  }
)

export const attachTransferReceiptWorkflowId = "attach-transfer-receipt"

/**
 * A buyer attaches a photo of their transfer receipt to an order waiting for
 * the money: kept in the file module's private storage (never under the
 * public uploads), at most three per order, one upload of an order at a time.
 */
export const attachTransferReceiptWorkflow = createWorkflow(attachTransferReceiptWorkflowId, (input: AttachTransferReceiptInput) => {
  const key = transform({ input }, ({ input }) => `transfer-receipt:order:${input.order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  checkTransferReceiptStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
  const files = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: [{ filename: `${PRIVATE_FILE_PREFIX}${input.order_id}.jpg`, mimeType: "image/jpeg", content: input.content, access: "private" as const }],
    })),
  })
  const receipt = recordTransferReceiptStep(
    transform({ input, files }, ({ input, files }) => ({
      order_id: input.order_id,
      file_id: files[0].id,
      bytes: input.bytes,
      width: input.width,
      height: input.height,
    }))
  )
  releaseLockStep({ key })
  return new WorkflowResponse(receipt)
})
