/**
 * A wa.me link: to the number (stored E.164, "+628…"; wa.me wants it without "+"), or with no number a
 * contact the coordinator picks; with a message, written out ready to send.
 */
export function whatsappLink(phone: string | null, message?: string) {
  const number = (phone ?? "").replace(/\D/g, "")
  return `https://wa.me/${number}${message ? `?text=${encodeURIComponent(message)}` : ""}`
}
