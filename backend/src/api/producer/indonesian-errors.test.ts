import { describe, expect, it } from "vitest"
import { z } from "@medusajs/framework/zod"
import { describeIssues, indonesianIssue } from "./indonesian-errors"

const Schema = z.strictObject({
  title: z.string().min(3),
  price: z.number().min(500, "price: harga minimal Rp 500 / at least Rp 500").max(1000),
  unit: z.enum(["kg", "ikat"]).optional(),
  tags: z.array(z.string()).max(1).optional(),
})

const check = (input: unknown) => {
  const result = Schema.safeParse(input, { error: (issue) => indonesianIssue(issue as never) })
  return result.success ? "" : describeIssues(result.error.issues)
}

describe("producer validation messages", () => {
  it("names the field and says in Indonesian that a required one is missing", () => {
    expect(check({ price: 600 })).toBe("title: wajib diisi")
  })

  it("says which type a field needs when text stands where a number belongs", () => {
    expect(check({ title: "Kopi", price: "mahal" })).toBe("price: harus berupa angka")
  })

  it("words size limits by what is measured: letters, entries or the value", () => {
    expect(check({ title: "Ko", price: 600 })).toBe("title: paling sedikit 3 huruf")
    expect(check({ title: "Kopi", price: 5000 })).toBe("price: paling besar 1000")
    expect(check({ title: "Kopi", price: 600, tags: ["a", "b"] })).toBe("tags: paling banyak 1 isian")
  })

  it("lists the choices of an enum and names unknown fields", () => {
    expect(check({ title: "Kopi", price: 600, unit: "ton" })).toBe("unit: pilih salah satu dari kg, ikat")
    expect(check({ title: "Kopi", price: 600, status: "approved" })).toBe("isian tidak dikenal: status")
  })

  it("keeps a message written on the schema", () => {
    expect(check({ title: "Kopi", price: 100 })).toBe("price: harga minimal Rp 500 / at least Rp 500")
  })
})
