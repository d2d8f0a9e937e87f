import { describe, expect, it } from "vitest"
import { isOrderAccessKey, ORDER_ACCESS_KEY_LENGTH, orderAccessKey } from "./order-access-key"

describe("order access keys", () => {
  const secret = "a-secret-of-the-shop"

  it("is the same for one order and secret, and differs for another order or another secret", () => {
    const key = orderAccessKey("order_01A", secret)
    expect(key).toHaveLength(ORDER_ACCESS_KEY_LENGTH)
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(orderAccessKey("order_01A", secret)).toBe(key)
    expect(orderAccessKey("order_01B", secret)).not.toBe(key)
    expect(orderAccessKey("order_01A", "another-secret")).not.toBe(key)
  })

  it("accepts only the order's own key", () => {
    const key = orderAccessKey("order_01A", secret)
    expect(isOrderAccessKey("order_01A", key, secret)).toBe(true)
    expect(isOrderAccessKey("order_01B", key, secret)).toBe(false)
    expect(isOrderAccessKey("order_01A", `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`, secret)).toBe(false)
    for (const wrong of [undefined, null, "", key.slice(1), `${key}x`, 42, [key]]) expect(isOrderAccessKey("order_01A", wrong, secret)).toBe(false)
  })
})
