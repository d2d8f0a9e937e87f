import type { IncomingMessage } from "node:http"
import type { Page } from "playwright-core"

export type ProducerLogin = { email: string; password: string }

/** Every page of the producer panel a signed-in producer can open (a product's edit and delete pages need its id). */
export const PANEL_PAGES = [
  "/panel",
  "/panel/pesanan",
  "/panel/produk",
  "/panel/stok",
  "/panel/panen",
  "/panel/saldo",
  "/panel/saldo/bulanan",
  "/panel/laporan",
  "/panel/profil",
]

/** The panel's pages for someone not signed in: login and the password reset (the emailed link carries a token). */
export const SIGNED_OUT_PANEL_PAGES = ["/panel/masuk", "/panel/lupa-sandi", "/panel/atur-ulang-sandi?token=contoh&email=produsen%40contoh.id"]

/** Signs in through the panel's own form, as a producer on a phone would. */
export async function signInToPanel(page: Page, producer: ProducerLogin) {
  await page.goto("/panel/masuk")
  await page.getByLabel("Email").fill(producer.email)
  await page.getByLabel("Kata sandi").fill(producer.password)
  await Promise.all([page.waitForURL((url) => url.pathname === "/panel"), page.getByRole("button", { name: "Masuk" }).click()])
}

/** Sets one variant's counted stock on /panel/stok, found by its "product · variant" heading. */
export async function setStockInPanel(page: Page, heading: string, quantity: number) {
  await page.goto("/panel/stok")
  const card = page.locator("section.kartu").filter({ has: page.getByRole("heading", { name: heading, exact: true }) })
  await card.getByLabel("Jumlah stok").fill(String(quantity))
  await Promise.all([page.waitForURL((url) => url.pathname === "/panel/stok"), card.getByRole("button", { name: "Simpan" }).click()])
}

/** How far the page sticks out sideways at the current viewport; 0 when nothing does. */
export const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/**
 * The smallest control's height and what it is: a thumb needs 44 px.
 * Checkboxes sit inside a full-height label, so the label is what is measured for them.
 */
export const smallestTapTarget = (page: Page) =>
  page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll("main a.tombol, main button, main input:not([type=hidden]):not([type=checkbox]), main select, nav a, nav button"),
    ]
    return controls
      .map((element) => ({
        height: element.getBoundingClientRect().height,
        what: `${element.tagName.toLowerCase()} ${element.textContent?.trim() || element.getAttribute("name") || ""}`,
      }))
      .sort((a, b) => a.height - b.height)[0]
  })

/**
 * Bytes a page costs on the wire, gzip as the browser asks for it: node's fetch
 * would unpack the body, so this reads the raw response instead.
 */
export async function transferredBytes(
  url: string,
  cookie: string
): Promise<{ status: number; bytes: number; encoding: string | undefined; cacheControl: string | undefined }> {
  const { request } = await import(url.startsWith("https:") ? "node:https" : "node:http")
  return new Promise((resolve, reject) => {
    request(url, { headers: { cookie, "accept-encoding": "gzip" } }, (response: IncomingMessage) => {
      let bytes = 0
      response.on("data", (chunk: Buffer) => (bytes += chunk.length))
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, bytes, encoding: response.headers["content-encoding"], cacheControl: response.headers["cache-control"] })
      )
      response.on("error", reject)
    })
      .on("error", reject)
      .end()
  })
}

/**
 * What makes the current page unfit for a 360 px phone: sideways scrolling, a control under 44 px,
 * or an axe-core violation; undefined when there is none. `axeSource` is axe.min.js.
 */
export async function phoneProblems(page: Page, axeSource: string) {
  const overflow = await horizontalOverflow(page)
  const smallest = await smallestTapTarget(page)
  // Evaluated through the browser's debugging protocol, which the page's content policy (no inline scripts) does not govern.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string }> }> } }).axe
    return (await axe.run(document)).violations.map((violation) => violation.id)
  })
  return overflow !== 0 || violations.length || (smallest && smallest.height < 44) ? { overflow, violations, smallest } : undefined
}
