/** What our notices carry in their data: every template writes its own Indonesian subject and message. */
type NoticeData = Record<string, unknown> | null | undefined

const DEFAULT_SUBJECT = "Pasar Desa OK OCE"

/**
 * The text a person reads, the same for email and WhatsApp: the notice's
 * message, then each page it points to (order_path, reset_path, panel_path...)
 * as a full address on the storefront, since a path alone leads nowhere
 * outside the site.
 *
 * @example
 * noticeText({ subject: "Pesanan #3", message: "Terima kasih!", order_path: "/pesanan/o_1" }, "https://pasardesa.id")
 * // { subject: "Pesanan #3", text: "Terima kasih!\n\nhttps://pasardesa.id/pesanan/o_1" }
 */
export function noticeText(data: NoticeData, storefrontUrl: string): { subject: string; text: string } {
  const subject = typeof data?.subject === "string" && data.subject ? data.subject : DEFAULT_SUBJECT
  const message = typeof data?.message === "string" && data.message ? data.message : subject
  const links = Object.entries(data ?? {})
    .filter(([key, value]) => key.endsWith("_path") && typeof value === "string" && value.startsWith("/"))
    .map(([, path]) => new URL(path as string, storefrontUrl).toString())
  return { subject, text: [message, ...links].join("\n\n") }
}
