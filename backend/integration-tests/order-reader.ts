import type { MedusaContainer } from "@medusajs/framework/types"
import { orderAccessKey, orderAccessSecret } from "../src/lib/order/order-access-key"
import type { Headers } from "./producer-fixtures"

/** Store headers that read an order as its buyer does from their link: with its key in `x-order-key`. */
export function asOrdersBuyer(headers: Headers, orderId: string, container: MedusaContainer): Headers {
  return { headers: { ...headers.headers, "x-order-key": orderAccessKey(orderId, orderAccessSecret(container)) } }
}
