import { describe, expect, it } from "vitest"
import { csvField, csvRows } from "./csv-field"

describe("CSV fields a spreadsheet reads as data", () => {
  it("quotes every field and doubles the quotes inside", () => {
    expect(csvField('Kopi "Petik Merah"')).toBe('"Kopi ""Petik Merah"""')
    expect(csvField(46_000)).toBe('"46000"')
  })

  it("turns text starting with = + - or @ into plain text, but leaves a negative amount a number", () => {
    expect(["=SUM(A1)", "+62812", "-cmd", "@HYPERLINK()"].map(csvField)).toEqual(['"\'=SUM(A1)"', '"\'+62812"', '"\'-cmd"', '"\'@HYPERLINK()"'])
    expect(csvField(-15_000)).toBe('"-15000"')
  })

  it("ends every row with CRLF", () => {
    expect(
      csvRows([
        ["a", 1],
        ["b", 2],
      ])
    ).toBe('"a","1"\r\n"b","2"\r\n')
  })
})
