import type { MedusaResponse } from "@medusajs/framework/http"
import { dataExportHtml } from "../../../lib/privacy/data-export-html"

/** Sends an export as a JSON download or a readable page; never cached anywhere. */
export function sendExport(
  res: MedusaResponse,
  data: Record<string, unknown>,
  { title, filename, format }: { title: string; filename: string; format: "json" | "html" }
) {
  res.setHeader("cache-control", "no-store")
  if (format === "html") {
    res.setHeader("content-type", "text/html; charset=utf-8")
    res.send(dataExportHtml(title, data))
    return
  }
  res.setHeader("content-disposition", `attachment; filename="${filename}.json"`)
  res.json(data)
}
