import type { MedusaStoreRequest } from "@medusajs/framework/http"

/** The sales channels of the request's publishable key: buyers only see products published in them. */
export function keySalesChannels(req: MedusaStoreRequest): string[] {
  return req.publishable_key_context?.sales_channel_ids ?? []
}
