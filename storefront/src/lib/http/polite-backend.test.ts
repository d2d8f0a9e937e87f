import { describe, expect, it } from "vitest"
import { politeBackend } from "./polite-backend"

const busy = () => Object.assign(new Error("Server sedang ramai. Coba lagi dalam beberapa detik."), { status: 503 })

describe("the storefront's requests to a backend that sheds load", () => {
  it("sends at most the allowed number at once, the rest in the order they were asked", async () => {
    let atOnce = 0
    let most = 0
    const order: number[] = []
    const send = politeBackend(
      async (input: unknown) => {
        atOnce++
        most = Math.max(most, atOnce)
        await new Promise((resolve) => setTimeout(resolve, 10))
        atOnce--
        order.push(input as number)
        return input
      },
      { mostAtOnce: 3, pausesMs: [] }
    )
    expect(await Promise.all(Array.from({ length: 10 }, (_, index) => send(index)))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(most).toBe(3)
    expect(order.slice(3, 6).sort()).toEqual([3, 4, 5])
  })

  it("asks a refused GET again after a pause, and gives up after the last pause with the backend's answer", async () => {
    let tries = 0
    const flaky = politeBackend(
      async () => {
        if (++tries < 3) throw busy()
        return "ok"
      },
      { mostAtOnce: 2, pausesMs: [5, 5] }
    )
    expect(await flaky("/store/products")).toBe("ok")
    expect(tries).toBe(3)
    const alwaysBusy = politeBackend(
      async () => {
        throw busy()
      },
      { mostAtOnce: 2, pausesMs: [5, 5] }
    )
    await expect(alwaysBusy("/store/products")).rejects.toMatchObject({ status: 503 })
  })

  it("does not send a refused POST again, nor any request refused for another reason", async () => {
    let tries = 0
    const send = politeBackend(
      async (_input: unknown, init?: { method?: string }) => {
        tries++
        throw init?.method === "POST" ? busy() : Object.assign(new Error("Tidak ditemukan"), { status: 404 })
      },
      { mostAtOnce: 2, pausesMs: [5, 5] }
    )
    await expect(send("/store/carts", { method: "POST" })).rejects.toMatchObject({ status: 503 })
    await expect(send("/store/products/x")).rejects.toMatchObject({ status: 404 })
    expect(tries).toBe(2)
  })
})
