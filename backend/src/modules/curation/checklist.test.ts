import { describe, expect, it } from "vitest"
import { curationChecklist, type ChecklistInput } from "./checklist"

const today = new Date("2026-11-28T03:00:00Z")
const valid: ChecklistInput = {
  producer: {
    status: "active",
    pirt_number: "2063501010123-28",
    pirt_expires_on: "2028-06-30",
    bpom_number: null,
    halal_kind: "certificate",
    halal_number: "ID35110000123450124",
    halal_expires_on: "2029-01-31",
  },
  compliance: {
    product_type: "processed_food",
    net_quantity: "250 g",
    ingredients: "Pisang kepok, minyak kelapa",
    shelf_life_days: 90,
    licence: "pirt",
    halal: true,
  },
  hasPrice: true,
  hasStockLocation: true,
  today,
}
const codes = (input: ChecklistInput) => curationChecklist(input).map((failure) => failure.code)
const withProducer = (change: Partial<NonNullable<ChecklistInput["producer"]>>) => ({ ...valid, producer: { ...valid.producer!, ...change } })
const withCompliance = (change: Partial<NonNullable<ChecklistInput["compliance"]>>) => ({ ...valid, compliance: { ...valid.compliance!, ...change } })

describe("curationChecklist", () => {
  it("passes a licensed, complete product of an active producer", () => {
    expect(curationChecklist(valid)).toEqual([])
  })

  it("refuses processed food without a valid P-IRT or BPOM number", () => {
    expect(codes(withProducer({ pirt_number: null }))).toEqual(["no_food_licence"])
    expect(codes(withProducer({ pirt_number: "12345" }))).toEqual(["no_food_licence"])
    expect(codes(withCompliance({ licence: "none" }))).toEqual(["no_food_licence"])
    expect(codes(withCompliance({ licence: "bpom" }))).toEqual(["no_food_licence"])
  })

  it("accepts processed food under a BPOM MD number", () => {
    expect(codes({ ...withProducer({ pirt_number: null, bpom_number: "MD 123456789012" }), compliance: { ...valid.compliance!, licence: "bpom" } })).toEqual([])
  })

  it("refuses an expired P-IRT, and accepts one on its last day", () => {
    expect(codes(withProducer({ pirt_expires_on: "2026-11-27" }))).toEqual(["licence_expired"])
    expect(codes(withProducer({ pirt_expires_on: "2026-11-28" }))).toEqual([])
  })

  it("refuses a halal claim without a valid certificate, or with an expired one", () => {
    expect(codes(withProducer({ halal_number: null }))).toEqual(["halal_unproven"])
    expect(codes(withProducer({ halal_expires_on: "2025-01-01" }))).toEqual(["halal_expired"])
    expect(codes({ ...withProducer({ halal_number: null }), compliance: { ...valid.compliance!, halal: false } })).toEqual([])
  })

  it("refuses food without net weight, ingredients or shelf life", () => {
    expect(codes(withCompliance({ net_quantity: null, ingredients: null, shelf_life_days: null }))).toEqual([
      "no_net_quantity",
      "no_ingredients",
      "no_shelf_life",
    ])
  })

  it("does not ask ingredients or a licence of fresh produce, nor anything of non-food", () => {
    expect(codes(withCompliance({ product_type: "fresh_produce", ingredients: null, licence: "none", halal: false }))).toEqual([])
    expect(
      codes(withCompliance({ product_type: "non_food", net_quantity: null, ingredients: null, shelf_life_days: null, licence: "none", halal: false }))
    ).toEqual([])
  })

  it("refuses a product whose producer is not active, or that has no price, stock location or producer", () => {
    expect(codes(withProducer({ status: "suspended" }))).toEqual(["producer_not_active"])
    expect(codes({ ...valid, hasPrice: false, hasStockLocation: false })).toEqual(["no_price", "no_stock_location"])
    expect(codes({ ...valid, producer: null, compliance: { ...valid.compliance!, halal: false } })).toEqual(["no_producer"])
  })

  it("lists every failed check at once, in Bahasa Indonesia and English", () => {
    const failures = curationChecklist({ ...withProducer({ status: "pending", pirt_expires_on: "2020-01-01" }), hasPrice: false })
    expect(failures.map((failure) => failure.code)).toEqual(["producer_not_active", "no_price", "licence_expired"])
    expect(failures[2]).toEqual({ code: "licence_expired", id: "Izin P-IRT kedaluwarsa sejak 2020-01-01", en: "The P-IRT licence expired on 2020-01-01" })
  })
})
