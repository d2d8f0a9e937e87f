import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { eraseFromNotificationLog } from "./notification-log"

describe("erasing a buyer from the notification log", () => {
  it("replaces every mention of the email, whatever its case, and leaves other buyers' lines alone", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "notif-")), "notifications.log")
    writeFileSync(file, ['{"to":"Siti@Contoh.id","data":{"x":1}}', '{"to":"budi@contoh.id"}', '{"to":"siti@contoh.id","text":"siti@contoh.id"}'].join("\n"))
    expect(eraseFromNotificationLog(file, "siti@contoh.id", "terhapus@pasardesa.invalid")).toBe(2)
    const lines = readFileSync(file, "utf8").split("\n")
    expect(lines[0]).toBe('{"to":"terhapus@pasardesa.invalid","data":{"x":1}}')
    expect(lines[1]).toBe('{"to":"budi@contoh.id"}')
    expect(lines[2]).not.toMatch(/siti/i)
    expect(eraseFromNotificationLog(path.join(path.dirname(file), "none.log"), "siti@contoh.id", "x")).toBe(0)
  })
})
