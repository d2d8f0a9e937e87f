import { describe, expect, it } from "vitest"
import { indonesian } from "./messages"

describe("indonesian", () => {
  it("keeps the Indonesian half of the backend's bilingual message, with its field", () => {
    expect(indonesian("expected_on: tanggal panen 2020-01-01 sudah lewat / harvest date is in the past")).toBe("expected_on: tanggal panen 2020-01-01 sudah lewat")
  })

  it("rewords Medusa's English schema messages, still naming the field", () => {
    expect(indonesian("Invalid request: Value for field 'description' too small, expected at least: '20'")).toBe("description: terlalu pendek/kecil, minimal 20")
    expect(indonesian("Invalid request: Field 'title' is required")).toBe("title: wajib diisi")
    expect(indonesian("Invalid request: Expected: 'pirt, bpom, none' for field 'compliance.licence', but got: 'x'")).toBe("compliance.licence: pilih salah satu dari pirt, bpom, none")
  })
})
