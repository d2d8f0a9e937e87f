import type { AddressInfo } from "node:net"
import { SMTPServer } from "smtp-server"

export type CaughtMail = { from: string; to: string[]; subject: string; text: string }

/** RFC 2047 words (=?UTF-8?Q?...?= or ?B?) in a header, as Nodemailer writes a subject with non-ASCII letters. */
const decodeWords = (value: string) =>
  value.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toLowerCase() === "b" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " "))
  )

function decodeQuotedPrintable(text: string) {
  const bytes = text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`)
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"))
}

/** The parts of a plain-text message a test reads: its headers (unfolded) and its body in its transfer encoding. */
function parseMail(raw: string, envelope: { from: string; to: string[] }): CaughtMail {
  const split = raw.indexOf("\r\n\r\n")
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ")
  const body = raw.slice(split + 4)
  const header = (name: string) => head.match(new RegExp(`^${name}: (.*)$`, "im"))?.[1] ?? ""
  const encoding = header("Content-Transfer-Encoding").toLowerCase()
  const text = encoding === "base64" ? Buffer.from(body, "base64").toString("utf8") : encoding === "quoted-printable" ? decodeQuotedPrintable(body) : body
  return { ...envelope, subject: decodeWords(header("Subject")), text: text.replace(/\r\n/g, "\n").trim() }
}

/**
 * A local SMTP server that accepts every message and keeps it, for the email
 * provider to send to in tests (SMTP_URL=catcher.url): no TLS, no login.
 *
 * @example
 * const catcher = await startSmtpCatcher()
 * // backend env: SMTP_URL=catcher.url; later catcher.mails holds each message sent
 */
export async function startSmtpCatcher() {
  const mails: CaughtMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on("data", (chunk: Buffer) => chunks.push(chunk))
      stream.on("end", () => {
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
        }
        mails.push(parseMail(Buffer.concat(chunks).toString("utf8"), envelope))
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    /** Where the backend's email provider must send (SMTP_URL). */
    url: `smtp://127.0.0.1:${port}`,
    mails,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type SmtpCatcher = Awaited<ReturnType<typeof startSmtpCatcher>>
