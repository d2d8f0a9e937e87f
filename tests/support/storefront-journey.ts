import type { Page } from "playwright-core"

// What a buyer does on the Indonesian storefront, step by step, through the labels and buttons a
// person sees (no test ids): if a label or a form stops working, the step fails where a buyer would.

export type Buyer = { firstName: string; lastName: string; email: string; password: string }
export type Address = { phone: string; street: string; desa: string; kecamatan: string; postalCode: string; kabupaten?: string }

/** Rupiah as the storefront writes it once spaces are normalised: "Rp 25.000". */
export const rupiah = (amount: number) => `Rp ${amount.toLocaleString("id-ID")}`
const amountIn = (text: string) => Number(text.match(/Rp\s*([\d.]+)/)![1].replace(/\./g, ""))
export const normaliseSpaces = (text: string) => text.replace(/[\s\u00a0]+/g, " ").trim()

/** The page's main content as a buyer reads it. */
export async function mainText(page: Page) {
  return normaliseSpaces(await page.locator("main").innerText())
}

export async function registerBuyer(page: Page, buyer: Buyer) {
  await page.goto("/akun")
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Daftar akun baru" }) })
  await form.getByLabel("Nama depan").fill(buyer.firstName)
  await form.getByLabel("Nama belakang").fill(buyer.lastName)
  await form.getByLabel("Email").fill(buyer.email)
  await form.getByLabel("Kata sandi").fill(buyer.password)
  await form.getByRole("button", { name: "Daftar akun baru" }).click()
  await page.waitForURL((url) => url.pathname === "/akun" && !url.search)
}

/** Types into the search box every page carries in its header and submits it. */
export async function searchFromHeader(page: Page, query: string) {
  // The search bar under the header, which stays on screen as the page scrolls.
  const form = page.locator(".site-bar").getByRole("search")
  await form.getByRole("searchbox").fill(query)
  await form.getByRole("button", { name: "Cari", exact: true }).click()
  await page.waitForURL((url) => url.pathname === "/cari" && url.searchParams.get("q") === query)
}

/** Opens a product from the result cards (not from the suggestions the search box may show). */
export async function openProduct(page: Page, title: string) {
  await page.locator("article.product-card").getByRole("link", { name: title, exact: true }).first().click()
  await page.waitForURL((url) => url.pathname.startsWith("/produk/"))
}

/** Adds one of the variant the page preselects; returns that variant's price as shown beside it. */
export async function addToCart(page: Page) {
  const chosen = page.locator("label.variant", { has: page.locator("input:checked") })
  const price = amountIn(await chosen.locator(".price").innerText())
  await page.getByRole("button", { name: "Masukkan keranjang" }).click()
  await page.waitForURL((url) => url.pathname === "/keranjang" && url.searchParams.has("ditambah"))
  return price
}

export async function goToCheckout(page: Page) {
  await page.getByRole("link", { name: "Lanjut ke checkout" }).click()
  await page.waitForURL((url) => url.pathname === "/checkout" && !url.search)
}

/** The address step of checkout, then on to the delivery step. */
export async function fillAddress(page: Page, address: Address) {
  await page.getByLabel("Nomor HP/WhatsApp").fill(address.phone)
  await page.getByLabel("Alamat (jalan, nomor, RT/RW)").fill(address.street)
  await page.getByLabel("Desa/kelurahan").fill(address.desa)
  await page.getByLabel("Kecamatan", { exact: true }).fill(address.kecamatan)
  if (address.kabupaten) await page.getByLabel("Kabupaten/kota").fill(address.kabupaten)
  await page.getByLabel("Kode pos").fill(address.postalCode)
  await page.getByRole("button", { name: "Lanjut ke pengiriman" }).click()
  await page.waitForURL((url) => url.pathname === "/checkout/pengiriman" && !url.search)
}
