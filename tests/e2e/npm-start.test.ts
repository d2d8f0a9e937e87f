import { execFile } from "node:child_process"
import type { Page } from "playwright-core"
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import net from "node:net"
import path from "node:path"
import { promisify } from "node:util"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backendEnv, backendPaths } from "../../scripts/stack/backend.ts"
import { readStackConfig } from "../../scripts/stack/config.ts"
import { waitForHttp, stopProcess, startLogged } from "../../scripts/stack/processes.ts"
import { loadOrCreateSecrets } from "../../scripts/stack/secrets.ts"
import { embeddedDatabaseUrl } from "../../scripts/stack/postgres.ts"
import { readCheckoutLedger, withDatabase } from "../support/checkout-ledger.ts"
import { findChromium, launchChromium, NO_CHROMIUM_REASON } from "../support/chromium.ts"
import { cleanEnv, freeLauncherPorts, npmStart, type Launch, type LauncherPorts } from "../support/launcher.ts"
import {
  horizontalOverflow,
  PANEL_PAGES,
  phoneProblems,
  setStockInPanel,
  SIGNED_OUT_PANEL_PAGES,
  signInToPanel,
  transferredBytes,
} from "../support/panel-journey.ts"
import { copyRepo, keepBuilds } from "../support/repo-copy.ts"
import { fetchApi } from "../support/fetch-api.ts"
import { bearerHeaders, coordinatorHeaders, signInForToken } from "../support/sign-in.ts"
import { listeningPid, overload } from "../support/overload.ts"
import { caddyInstalled, NO_CADDY_REASON, startTlsProxy } from "../support/tls-proxy.ts"
import { formsIn, fuzzForms, type PageForm } from "../support/form-fuzz.ts"
import { BUSY_SERVER_MESSAGE } from "../../backend/src/lib/overload/load-shedder.ts"
import { storeCheckout } from "../../backend/integration-tests/store-checkout.ts"
import { orderKeyOf, placeStoreOrder } from "../support/store-order.ts"
import { stripeInBrowser } from "../support/stripe-in-browser.ts"
import { startFakeStripe, type FakeStripe } from "../../backend/integration-tests/stripe/fake-stripe.ts"
import { startFakeMidtrans, type FakeMidtrans } from "../../backend/integration-tests/midtrans/fake-midtrans.ts"
import {
  addToCart,
  fillAddress,
  goToCheckout,
  mainText,
  openProduct,
  registerBuyer,
  rupiah,
  searchFromHeader,
  type Buyer,
} from "../support/storefront-journey.ts"
import { externalDatabaseUrl, freePort } from "../support/test-database.ts"
import { en } from "../../storefront/src/i18n/en.ts"
import { id } from "../../storefront/src/i18n/id.ts"

/** A small photo (8 × 8 px PNG) standing in for a phone picture of a transfer receipt. */
const RECEIPT_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAD0lEQVQImWP4jwMwDC0JALoev0GybL49AAAAAElFTkSuQmCC"

type StackJson = {
  backendUrl: string
  storefrontUrl: string
  adminUrl: string
  publishableKey: string
  metricsToken: string
  accounts: Array<{ role: string; email: string; password: string }>
}

const chromiumPath = findChromium()
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")
const normaliseSpaces = (text: string) => text.replace(/[\s\u00a0]+/g, " ")
/** Where checkout lands: the order's page with the key of its link. */
const ORDER_LINK = /^\/pesanan\/order_[0-9A-Z]+\?kunci=[\w-]{32}$/

/**
 * A coordinator signs in to the admin in a fresh browser: the login page is in Bahasa Indonesia (the
 * admin's default here, backend/src/admin/widgets/indonesian-by-default-widget.tsx), and so is
 * everything after it, Medusa's pages and the extensions alike.
 */
async function signInToAdmin(page: Page, coordinator: { email: string; password: string }) {
  await page.goto("/app/login")
  const signIn = page.getByRole("button", { name: "Lanjutkan dengan Email" })
  await signIn.waitFor()
  await page.locator('input[name="email"]').fill(coordinator.email)
  await page.locator('input[name="password"]').fill(coordinator.password)
  await signIn.click()
  await page.waitForURL((url) => !url.pathname.includes("/login"))
}

function portIsOpen(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: "localhost" }, () => {
      socket.destroy()
      resolve(true)
    })
    socket.on("error", () => resolve(false))
  })
}

let repo: ReturnType<typeof copyRepo>
beforeAll(() => {
  repo = copyRepo()
})
afterAll(() => repo?.remove())

const STRIPE_KEYS = { secretKey: "sk_test_pasar_desa_e2e", publishableKey: "pk_test_pasar_desa_e2e", webhookSecret: "whsec_pasar_desa_e2e" }
const MIDTRANS_KEYS = { serverKey: "SB-Mid-server-pasar-desa-e2e", clientKey: "SB-Mid-client-pasar-desa-e2e" }

describe("npm start in a fresh copy of the repository", () => {
  let ports: LauncherPorts
  let env: NodeJS.ProcessEnv
  let launch: Launch | undefined
  let fakeStripe: FakeStripe
  let fakeMidtrans: FakeMidtrans
  const readStackJson = () => JSON.parse(readFileSync(path.join(repo.dir, ".data", "stack.json"), "utf8")) as StackJson
  /** A title buyers read is checked again by a coordinator: the edit sends the product back to review, the approval brings it back. */
  const editAndApprove = async (admin: Record<string, string>, id: string, title: string) => {
    const { backendUrl } = readStackJson()
    const curationState = async () => (await (await fetch(`${backendUrl}/admin/curation/products/${id}`, { headers: admin })).json()).curation.state as string
    expect((await fetch(`${backendUrl}/admin/products/${id}`, { method: "POST", headers: admin, body: JSON.stringify({ title }) })).status).toBe(200)
    await expect.poll(curationState, { timeout: 10_000 }).toBe("submitted")
    expect((await fetch(`${backendUrl}/admin/curation/products/${id}/approve`, { method: "POST", headers: admin, body: "{}" })).status).toBe(200)
  }

  /** A browser's form post: same-origin, urlencoded; the 303 it answers is left for the test to read. */
  const post = (path: string, form: Record<string, string>, cookie = "") => {
    const { storefrontUrl } = readStackJson()
    return fetch(`${storefrontUrl}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: storefrontUrl, "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams(form),
    })
  }

  /** The store API's first product in the storefront's order, with its lowest price as a buyer reads it. */
  async function firstListedProduct() {
    const { backendUrl, publishableKey } = readStackJson()
    const headers = { "x-publishable-api-key": publishableKey }
    const { regions } = await (await fetch(`${backendUrl}/store/regions`, { headers })).json()
    const { products } = await (
      await fetch(`${backendUrl}/store/products?limit=1&order=created_at&region_id=${regions[0].id}&fields=handle,title,*variants.calculated_price`, {
        headers,
      })
    ).json()
    const lowest = Math.min(
      ...products[0].variants.map((variant: { calculated_price: { calculated_amount: number } }) => variant.calculated_price.calculated_amount)
    )
    return { handle: products[0].handle as string, title: products[0].title as string, price: `Rp ${lowest.toLocaleString("id-ID")}` }
  }

  /** A new visitor's cart holding one of the first listed product, added through the product page's form; its cookie. */
  async function cartWithFirstListedProduct() {
    const { storefrontUrl } = readStackJson()
    const featured = await firstListedProduct()
    const product = await (await fetch(`${storefrontUrl}/produk/${featured.handle}`)).text()
    const variantId = product.match(/name="variant_id" value="(variant_[0-9A-Z]+)"/)![1]
    const cookie = (await post("/keranjang/tambah", { variant_id: variantId, quantity: "1" })).headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ")
    return { featured, cookie }
  }

  /**
   * The whole purchase as a buyer makes it in Chromium: a new account, the header's search form,
   * the product, the cart, checkout (address, then the courier and a bank transfer), the confirmation with the transfer instructions, then the account's history.
   */
  async function shopInChromium(
    javaScriptEnabled: boolean,
    buyer: Buyer,
    site: { baseURL: string; ignoreHTTPSErrors?: boolean } = { baseURL: readStackJson().storefrontUrl }
  ) {
    const featured = await firstListedProduct()
    const browser = await launchChromium(chromiumPath!)
    try {
      // A buyer on a cheap phone: 360 px wide.
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 }, ...site })
      const page = await context.newPage()
      await registerBuyer(page, buyer)
      expect(await mainText(page)).toContain(`Halo, ${buyer.firstName} (${buyer.email})`)

      await page.goto("/")
      await searchFromHeader(page, featured.title)
      expect(await mainText(page)).toContain(`Hasil untuk “${featured.title}”`)
      await openProduct(page, featured.title)
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(featured.title)
      // The product's link, copied for a chat, with JavaScript; without it there is no dead button.
      const copyLink = page.getByRole("button", { name: "Salin tautan produk" })
      if (javaScriptEnabled) {
        await context.grantPermissions(["clipboard-read", "clipboard-write"])
        await copyLink.click()
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/produk/${featured.handle}`, page.url()).href)
      } else {
        expect(await copyLink.count()).toBe(0)
      }

      const price = await addToCart(page)
      const cart = await mainText(page)
      // The tap worked, said on the page it lands on, with or without JavaScript; with it, the header counts the item.
      expect(await page.getByRole("status").innerText()).toContain(`${featured.title} masuk keranjang`)
      const count = page.locator(".site-bar [data-cart-count]")
      expect(await count.isVisible()).toBe(javaScriptEnabled)
      if (javaScriptEnabled) expect(await count.locator("[data-cart-count-value]").innerText()).toBe("1")
      expect(cart).toContain(featured.title)
      expect(cart).toContain(`Total: ${rupiah(price)}`)

      await goToCheckout(page)
      expect(await page.getByLabel("Email").inputValue()).toBe(buyer.email)
      // A buyer in Surabaya: an expedition brings the parcel, and cash on delivery does not go with it.
      const address = {
        phone: "0812-3456-7890",
        street: "Jalan Pemuda No. 10",
        desa: "Embong Kaliasin",
        kecamatan: "Genteng",
        kabupaten: "Surabaya",
        postalCode: "60271",
      }
      // A phone number the shop cannot read: every field comes back as typed, the message names the field and its format.
      await page.getByLabel("Nomor HP/WhatsApp").fill("12345")
      await page.getByLabel("Alamat (jalan, nomor, RT/RW)").fill(address.street)
      await page.getByLabel("Desa/kelurahan").fill(address.desa)
      await page.getByLabel("Kecamatan", { exact: true }).fill(address.kecamatan)
      await page.getByLabel("Kabupaten/kota").fill(address.kabupaten)
      await page.getByLabel("Kode pos").fill(address.postalCode)
      await page.getByRole("button", { name: "Lanjut ke pengiriman" }).click()
      await page.waitForURL((url) => url.pathname === "/checkout" && url.searchParams.get("galat") === "fields:phone")
      expect(await page.getByRole("alert").innerText()).toBe(`Periksa lagi: ${id["checkout.phone"]} (${id["checkout.hint.phone"]}).`)
      expect(await page.getByLabel("Alamat (jalan, nomor, RT/RW)").inputValue()).toBe(address.street)
      expect(await page.getByLabel("Desa/kelurahan").inputValue()).toBe(address.desa)
      expect(await page.getByLabel("Kabupaten/kota").inputValue()).toBe(address.kabupaten)
      expect(await page.getByLabel("Kode pos").inputValue()).toBe(address.postalCode)
      await fillAddress(page, address)

      // Before the order is placed, each delivery shows the whole amount to pay with it.
      const deliveries = page.getByRole("group", { name: "Pengiriman", exact: true })
      const expedition = deliveries.locator("label", { hasText: /^\s*Ekspedisi/ })
      const expeditionText = normaliseSpaces(await expedition.innerText())
      const shippingAmount = Number(expeditionText.match(/· Rp ([\d.]+)/)![1].replace(/\./g, ""))
      expect(shippingAmount).toBeGreaterThan(0)
      expect(expeditionText).toContain(`Total bayar ${rupiah(price + shippingAmount)}`)
      // Cash does not go with an expedition: refused, and both choices stay as the buyer made them.
      const payments = page.getByRole("group", { name: "Pembayaran", exact: true })
      await expedition.getByRole("radio").check()
      await payments.getByRole("radio", { name: /^Bayar di tempat/ }).check()
      await page.getByRole("button", { name: "Buat pesanan" }).click()
      await page.waitForURL((url) => url.pathname === "/checkout/pengiriman" && url.searchParams.has("galat"))
      expect(await page.getByRole("alert").count()).toBe(1)
      expect(await expedition.getByRole("radio").isChecked()).toBe(true)
      expect(await payments.getByRole("radio", { name: /^Bayar di tempat/ }).isChecked()).toBe(true)

      // The expedition and a transfer, ordered with an impatient double tap: one order, its confirmation.
      await payments.getByRole("radio", { name: /^Transfer bank/ }).check()
      await page.getByRole("button", { name: "Buat pesanan" }).dblclick()
      await page.waitForURL((url) => /^\/pesanan\/order_[0-9A-Z]+$/.test(url.pathname))
      const orderId = new URL(page.url()).pathname.split("/").pop()!
      const confirmation = await mainText(page)
      const orderNumber = confirmation.match(/Terima kasih! Pesanan #(\d+) diterima/)?.[1]
      expect(orderNumber).toMatch(/^\d+$/)
      expect(confirmation).toContain(`1 × ${featured.title}`)
      expect(confirmation).toContain(`Total: ${rupiah(price + shippingAmount)}`)
      expect(confirmation).toContain(`Transfer tepat ${rupiah(price + shippingAmount)} ke Bank Jatim 0011223344`)
      expect(confirmation).toMatch(/Tulis kode ini di berita transfer: PD-[2-9A-HJ-NP-Z]{6}/)
      // Copy buttons put the code and the amount on the clipboard for the bank app; without JavaScript the text is there to select, and no dead button.
      const copyCode = page.getByRole("button", { name: "Salin kode transfer" })
      if (javaScriptEnabled) {
        await context.grantPermissions(["clipboard-read", "clipboard-write"])
        await copyCode.click()
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(confirmation.match(/PD-[2-9A-HJ-NP-Z]{6}/)![0])
        await page.getByRole("button", { name: "Salin jumlah transfer" }).click()
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(String(price + shippingAmount))
      } else {
        expect(await copyCode.count()).toBe(0)
      }
      // A photo of the transfer receipt, from the phone's gallery: taken with or without JavaScript, kept for the coordinator.
      await page.getByLabel(/Kirim foto bukti transfer/).setInputFiles({ name: "bukti.png", mimeType: "image/png", buffer: Buffer.from(RECEIPT_PNG, "base64") })
      await page.getByRole("button", { name: "Kirim bukti" }).click()
      await page.waitForURL((url) => url.searchParams.get("bukti") === "terkirim")
      expect(await page.getByRole("status").innerText()).toContain("Bukti transfer terkirim")

      await page.goto("/akun")
      const order = page.locator(`li[data-order-id="${orderId}"]`)
      expect(await order.count()).toBe(1)
      // The double tap made no second order.
      expect(await page.locator("li[data-order-id]").count()).toBe(1)
      const history = normaliseSpaces(await order.innerText())
      expect(history).toContain(`Pesanan #${orderNumber}`)
      expect(history).toContain(rupiah(price + shippingAmount))
      expect(history).toContain(`1 × ${featured.title}`)

      // The order's id alone (as a producer sees it) opens nothing; the account's link does, and the buyer cancels there.
      const bare = await page.goto(`/pesanan/${orderId}`)
      expect(bare!.status()).toBe(404)
      expect(await mainText(page)).toContain("Pesanan tidak ditemukan")
      await page.goto("/akun")
      await page.getByRole("link", { name: `Lihat status pesanan #${orderNumber}` }).click()
      await page.waitForURL((url) => url.pathname === `/akun/pesanan/${orderId}`)
      await page.getByText("Batalkan pesanan", { exact: true }).click()
      await page.getByRole("button", { name: "Ya, batalkan pesanan" }).click()
      // No reason chosen: the browser's own check stops the form; the server would refuse it too.
      expect(new URL(page.url()).searchParams.has("batal")).toBe(false)
      await page.getByLabel("Alasan pembatalan").selectOption({ label: "Ongkos kirim terlalu mahal" })
      await page.getByRole("button", { name: "Ya, batalkan pesanan" }).click()
      await page.waitForURL((url) => url.searchParams.get("batal") === "ok")
      expect(new URL(page.url()).pathname).toBe(`/akun/pesanan/${orderId}`)
      const canceled = await mainText(page)
      expect(canceled).toContain(`Pesanan #${orderNumber} dibatalkan`)
      expect(canceled).toContain("Pesanan dibatalkan. Tidak ada uang yang ditarik.")
      expect(canceled).toContain("Dibatalkan oleh pembeli: Ongkos kirim terlalu mahal.")
      expect(await page.getByText("Batalkan pesanan", { exact: true }).count()).toBe(0)
    } finally {
      await browser.close()
    }
  }

  beforeAll(async () => {
    ports = await freeLauncherPorts()
    // Card payments need Stripe, which cannot be reached offline: a local fake of its API behind the real client.
    fakeStripe = await startFakeStripe(STRIPE_KEYS)
    // QRIS, virtual accounts and e-wallets need Midtrans: a local fake of Snap and its status API, behind Midtrans' client.
    fakeMidtrans = await startFakeMidtrans(MIDTRANS_KEYS)
    // A new user's machine has no database of its own: this suite always takes the embedded default.
    env = cleanEnv({
      ...ports,
      STRIPE_API_KEY: STRIPE_KEYS.secretKey,
      STRIPE_WEBHOOK_SECRET: STRIPE_KEYS.webhookSecret,
      STRIPE_API_BASE: fakeStripe.url,
      STRIPE_PUBLISHABLE_KEY: STRIPE_KEYS.publishableKey,
      MIDTRANS_SERVER_KEY: MIDTRANS_KEYS.serverKey,
      MIDTRANS_CLIENT_KEY: MIDTRANS_KEYS.clientKey,
      MIDTRANS_API_BASE: fakeMidtrans.url,
    })
  })

  afterAll(async () => {
    await launch?.interrupt()
    await fakeStripe?.stop()
    await fakeMidtrans?.stop()
  })

  it("says in one line what to do when the backend port is taken", async () => {
    const blocker = net.createServer().listen(Number(ports.BACKEND_PORT))
    try {
      const attempt = npmStart(repo.dir, env)
      expect(await attempt.exited).toBe(1)
      expect(attempt.output()).toContain(`✖ Port ${ports.BACKEND_PORT} is already in use: stop what is using it, or set BACKEND_PORT to a free port.`)
      expect(attempt.output()).not.toMatch(/\n\s+at /)
    } finally {
      blocker.close()
    }
  })

  it("says in one line what to do when DATABASE_URL points at a dead database", async () => {
    const deadPort = await freePort()
    const attempt = npmStart(repo.dir, { ...env, DATABASE_URL: `postgres://postgres@localhost:${deadPort}/pasar` })
    expect(await attempt.exited).toBe(1)
    expect(attempt.output()).toMatch(new RegExp(`✖ Cannot reach the database at localhost:${deadPort}/pasar .*: start PostgreSQL or fix DATABASE_URL\\.`))
    expect(attempt.output()).not.toMatch(/\n\s+at /)
  })

  it("first start: builds, migrates, seeds and serves, printing the URLs and demo logins", async () => {
    launch = npmStart(repo.dir, env)
    await launch.ready
    const stack = readStackJson()
    expect(stack).toEqual({
      backendUrl: `http://localhost:${ports.BACKEND_PORT}`,
      storefrontUrl: `http://localhost:${ports.STOREFRONT_PORT}`,
      adminUrl: `http://localhost:${ports.BACKEND_PORT}/app`,
      publishableKey: expect.stringMatching(/^pk_/),
      // 24 random bytes, base64url.
      metricsToken: expect.stringMatching(/^[\w-]{32}$/),
      accounts: [
        { role: "coordinator", email: expect.any(String), password: expect.any(String) },
        { role: "producer", email: expect.any(String), password: expect.any(String) },
        { role: "producer", email: expect.any(String), password: expect.any(String) },
        { role: "producer", email: expect.any(String), password: expect.any(String) },
        { role: "buyer", email: expect.any(String), password: expect.any(String) },
      ],
    })
    for (const account of stack.accounts) {
      expect(account.password.length).toBeGreaterThanOrEqual(12)
      expect(launch.output()).toContain(account.password)
    }
    expect(launch.output()).toContain(stack.storefrontUrl)
    expect(launch.output()).toContain(`${stack.backendUrl}/metrics`)
    expect(launch.output()).toContain(stack.adminUrl)
    expect(launch.output()).toMatch(/built: yes, migrated: yes, demo data loaded: yes/)
    // The fault suite starts from these builds instead of making its own.
    keepBuilds(repo.dir)
    // A cold start builds the admin and seeds 228 products; on 2 cores beside the other suites it can take minutes.
  }, 600_000)

  it("serves the admin dashboard and lets the coordinator log in with the generated password", async () => {
    const stack = readStackJson()
    const admin = await fetch(stack.adminUrl)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('<div id="medusa"')
    const coordinator = stack.accounts.find((account) => account.role === "coordinator")!
    const login = await fetch(`${stack.backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: coordinator.email, password: coordinator.password }),
    })
    expect(login.status).toBe(200)
    expect(await login.json()).toEqual({ token: expect.any(String) })
  })

  it.skipIf(!chromiumPath)(
    `lets a coordinator do the day's money in the admin in Chromium: a transfer found by the code as the bank shows it and recorded as received, the day's cash, the producers' balances${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const { backendUrl, publishableKey, accounts } = readStackJson()
      const headers = { "x-publishable-api-key": publishableKey }
      const { products } = await (await fetch(`${backendUrl}/store/products?limit=1&fields=variants.id`, { headers })).json()
      const order = await placeStoreOrder(backendUrl, publishableKey, [{ variant_id: products[0].variants[0].id, quantity: 1 }], "pp_bank-transfer_okoce")
      const asBuyer = { ...headers, "x-order-key": await orderKeyOf(backendUrl, publishableKey, order) }
      const instructions = async () => (await (await fetch(`${backendUrl}/store/orders/${order.id}/payment-instructions`, { headers: asBuyer })).json()).payment
      const { reference } = await instructions()
      const coordinator = accounts.find((account) => account.role === "coordinator")!
      const browser = await launchChromium(chromiumPath!)
      try {
        const page = await (await browser.newContext({ baseURL: backendUrl, viewport: { width: 1280, height: 900 } })).newPage()
        await signInToAdmin(page, coordinator)

        await page.goto("/app/transfer-masuk")
        await page.getByRole("heading", { name: "Transfer masuk" }).waitFor()
        // The code as a bank statement shows it: lower case, no dash.
        await page.getByLabel("Cari", { exact: true }).fill(reference.toLowerCase().replace("-", " "))
        await page.getByRole("button", { name: "Cari", exact: true }).click()
        await page.getByRole("link", { name: `#${order.display_id}` }).waitFor()
        await page.getByRole("button", { name: "Catat transfer masuk" }).click()
        await page.getByRole("button", { name: "Catat diterima" }).click()
        await page.getByText("Lunas.", { exact: true }).waitFor()
        expect(await instructions()).toMatchObject({ paid: true })
        await page.getByRole("heading", { name: "Riwayat konfirmasi transfer" }).waitFor()
        expect(await page.getByRole("link", { name: `#${order.display_id}` }).count()).toBeGreaterThanOrEqual(2)

        await page.goto("/app/kas-harian")
        await page.getByRole("heading", { name: "Kas harian" }).waitFor()
        await page.goto("/app/saldo-produsen")
        await page.getByRole("heading", { name: "Saldo produsen" }).waitFor()
        await page.getByRole("link", { name: "Unduh CSV untuk bank" }).waitFor()
        await page.getByRole("table").waitFor()
      } finally {
        await browser.close()
      }
    }
  )

  it.skipIf(!chromiumPath)(
    `lets a coordinator invite a new producer's owner from the admin at 1366 px and the owner take it on a 360 px phone without JavaScript, straight into the panel; the coordinators' page shows who works where${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const { backendUrl, storefrontUrl, accounts } = readStackJson()
      const admin = await coordinatorHeaders(backendUrl, accounts)
      const { producers } = await (await fetch(`${backendUrl}/admin/producers?limit=1`, { headers: admin })).json()
      const run = Date.now().toString(36)
      const created = await fetch(`${backendUrl}/admin/producers`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({
          handle: `tempe-undangan-${run}`,
          business_name: `Tempe Undangan ${run}`,
          owner_name: "Bu Sulastri",
          whatsapp: "081234567890",
          story: "Tempe kedelai lokal dibungkus daun jati, dibuat tiap pagi di dapur rumah.",
          desa_id: producers[0].desa.id,
        }),
      })
      expect(created.status).toBe(201)
      const producer = (await created.json()).producer
      const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")
      const owner = `sulastri-${run}@contoh.id`
      const coordinator = accounts.find((account) => account.role === "coordinator")!
      const browser = await launchChromium(chromiumPath!)
      try {
        const desk = await (await browser.newContext({ baseURL: backendUrl, viewport: { width: 1366, height: 900 } })).newPage()
        // A step that never comes fails on its own line, not as the whole test's timeout.
        desk.setDefaultTimeout(30_000)
        await signInToAdmin(desk, coordinator)

        await desk.goto(`/app/produsen?q=${encodeURIComponent(producer.business_name)}`)
        const row = desk.getByRole("row").filter({ hasText: producer.business_name })
        await row.getByRole("button", { name: "Undang pemilik" }).click()
        await desk.getByLabel("Email pemilik").fill(owner)
        await desk.getByRole("button", { name: "Buat tautan undangan" }).click()
        const link = await desk.getByLabel("Tautan undangan").inputValue()
        expect(link).toMatch(new RegExp(`^${storefrontUrl}/panel/undangan\\?token=`))
        // The WhatsApp button writes the message to the number the producer gave.
        const whatsapp = await desk.getByRole("link", { name: "Kirim lewat WhatsApp" }).getAttribute("href")
        expect(whatsapp).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=/)
        expect(decodeURIComponent(whatsapp!.split("text=")[1])).toContain(link)

        await desk.goto("/app/koordinator")
        await desk.getByRole("heading", { name: "Koordinator OK OCE" }).waitFor()
        const me = desk.getByRole("row").filter({ hasText: coordinator.email })
        await me.getByText("Kabupaten").waitFor()
        await me.getByRole("button", { name: "Ubah peran" }).waitFor()
        // The seed made the demo coordinator the head: their history says so, by "Sistem".
        await me.getByRole("button", { name: "Riwayat" }).click()
        await desk.getByRole("dialog").getByText("Kecamatan: belum ada → Kabupaten (semua kecamatan)").waitFor()
        await desk.getByRole("dialog").getByText("Sistem").waitFor()
        await desk.keyboard.press("Escape")

        const phone = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } })).newPage()
        phone.setDefaultTimeout(30_000)
        await phone.goto(link)
        await phone.getByText(`Akun: ${owner}`).waitFor()
        // axe runs as a script: the same page, read in a context that allows one (the page itself has none).
        const checker = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage()
        await checker.goto(link)
        expect(await phoneProblems(checker, axeSource)).toBeUndefined()
        await phone.getByLabel("Kata sandi (paling sedikit 8 huruf)").fill("tempe-jati-pagi")
        await phone.getByLabel("Ulangi kata sandi").fill("tempe-jati-lain")
        await phone.getByRole("button", { name: "Terima undangan" }).click()
        await phone.getByText("kedua kata sandi tidak sama").waitFor()
        await phone.getByLabel("Kata sandi (paling sedikit 8 huruf)").fill("tempe-jati-pagi")
        await phone.getByLabel("Ulangi kata sandi").fill("tempe-jati-pagi")
        await phone.getByRole("button", { name: "Terima undangan" }).click()
        await phone.getByText("Undangan diterima").waitFor()
        expect(new URL(phone.url()).pathname).toMatch(/^\/panel/)

        // The owner signs in with the password they chose, as the producer the coordinator made.
        const token = await signInForToken(backendUrl, "producer", { email: owner, password: "tempe-jati-pagi" })
        const me2 = await (await fetch(`${backendUrl}/producer/me`, { headers: bearerHeaders(token) })).json()
        expect(me2.producer).toMatchObject({ id: producer.id, business_name: producer.business_name })
      } finally {
        await browser.close()
      }
    }
  )

  it.skipIf(!chromiumPath)(
    `lets a coordinator at 1366 px find producers by kecamatan and by a licence running out, and import a producer's products from a CSV once its check passes, as drafts for curation${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const { backendUrl, accounts, publishableKey } = readStackJson()
      const coordinator = accounts.find((account) => account.role === "coordinator")!
      const admin = await coordinatorHeaders(backendUrl, accounts)
      const adminApi = async (path: string) => (await fetch(`${backendUrl}${path}`, { headers: admin })).json()
      const { api } = await demoProducer()
      const { producer } = await api("/producer/me")
      const [listed] = (await adminApi(`/admin/producers?q=${encodeURIComponent(producer.business_name)}`)).producers
      const { kecamatan } = await (await fetch(`${backendUrl}/store/kecamatan`, { headers: { "x-publishable-api-key": publishableKey } })).json()
      const place = kecamatan.find((candidate: { id: string }) => candidate.id === listed.desa.kecamatan_id)
      const names = async (query: string) =>
        ((await adminApi(`/admin/producers?${query}&limit=200`)).producers as Array<{ business_name: string }>).map((row) => row.business_name).sort()
      const inKecamatan = await names(`kecamatan_id=${place.id}`)
      const expiring = await names("licence=expiring")
      expect(inKecamatan).toContain(producer.business_name)
      const title = `Tas Anyaman Pandan Impor ${Date.now().toString(36)}`
      const sheet = `\ufeffnama;deskripsi;jenis;varian;harga;stok\r\n${title};Tas anyaman daun pandan buatan ibu-ibu desa, kuat dan ringan.;Bukan pangan;Sedang;Rp 45.000;4\r\n`

      const browser = await launchChromium(chromiumPath!)
      try {
        const desk = await (await browser.newContext({ baseURL: backendUrl, viewport: { width: 1366, height: 900 } })).newPage()
        desk.setDefaultTimeout(30_000)
        await signInToAdmin(desk, coordinator)
        const shownNames = async () => (await desk.getByRole("table").getByRole("row").allInnerTexts()).slice(1).map((text) => text.split("\n")[0].trim())

        await desk.goto("/app/produsen")
        await desk.getByRole("heading", { name: "Produsen OK OCE" }).waitFor()
        await desk.getByLabel("Kecamatan").click()
        await desk.getByRole("option", { name: place.name, exact: true }).click()
        // The filters live in the address (history.pushState, no page load).
        await expect.poll(() => new URL(desk.url()).searchParams.get("kecamatan"), { timeout: 10_000 }).toBe(place.id)
        await expect.poll(async () => (await shownNames()).sort(), { timeout: 10_000 }).toEqual(inKecamatan.slice(0, 50))

        await desk.goto("/app/produsen")
        await desk.getByLabel("Izin").click()
        await desk.getByRole("option", { name: "Kedaluwarsa atau berakhir dalam 30 hari" }).click()
        await expect.poll(() => new URL(desk.url()).searchParams.get("izin"), { timeout: 10_000 }).toBe("berakhir")
        if (expiring.length) {
          await desk.getByRole("columnheader", { name: "Izin berakhir" }).waitFor()
          await expect.poll(async () => (await shownNames()).sort(), { timeout: 10_000 }).toEqual(expiring.slice(0, 50))
        } else {
          await desk.getByText("Tidak ada produsen untuk pencarian ini.").waitFor()
        }

        await desk.goto(`/app/produsen?q=${encodeURIComponent(producer.business_name)}`)
        const row = desk.getByRole("row").filter({ hasText: producer.business_name })
        await row.getByRole("button", { name: "Impor produk (CSV)" }).click()
        await desk.getByLabel(/^Berkas CSV/).setInputFiles({ name: "produk-desa.csv", mimeType: "text/csv", buffer: Buffer.from(sheet) })
        const importButton = desk.getByRole("button", { name: "Impor", exact: true })
        expect(await importButton.isDisabled()).toBe(true)
        await desk.getByRole("button", { name: "Periksa" }).click()
        await desk.getByText("1 baris siap diimpor.").waitFor()
        await importButton.click()
        await desk.getByText("1 produk diimpor sebagai draf kurasi.").waitFor()
        const { products } = await api("/producer/products?curation_state=draft")
        const imported = products.find((candidate: { title: string }) => candidate.title === title)
        expect({ state: imported?.product_curation?.state, variants: imported?.variants.map((variant: { title: string }) => variant.title) }).toEqual({
          state: "draft",
          variants: ["Sedang"],
        })
      } finally {
        await browser.close()
      }
    }
  )

  it("keeps both servers' /metrics to the bearer of the token, and counts requests by route, checkouts, page-cache hits and memory", async () => {
    const { backendUrl, storefrontUrl, publishableKey, metricsToken } = readStackJson()
    const scrape = async (base: string, token?: string) => {
      const response = await fetch(`${base}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
      return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() }
    }
    /** The sum of the series with these labels (others, such as the cache result, may split it), 0 when there are none yet. */
    const valueOf = (text: string, metric: string, labels: Record<string, string>) =>
      text
        .split("\n")
        .filter((row) => row.startsWith(`${metric}{`) && Object.entries(labels).every(([name, value]) => row.includes(`${name}="${value}"`)))
        .reduce((sum, row) => sum + Number(row.split(" ").at(-1)), 0)
    for (const base of [backendUrl, storefrontUrl]) {
      expect((await scrape(base)).status, base).toBe(401)
      expect((await scrape(base, `${metricsToken}x`)).status, base).toBe(401)
    }

    const headers = { "x-publishable-api-key": publishableKey }
    const before = await scrape(backendUrl, metricsToken)
    expect(before.type).toContain("text/plain")
    await fetch(`${backendUrl}/store/products?limit=2`, { headers })
    const { products } = await (await fetch(`${backendUrl}/store/products?limit=1&fields=variants.id`, { headers })).json()
    await placeStoreOrder(backendUrl, publishableKey, [{ variant_id: products[0].variants[0].id, quantity: 1 }])
    // A cart completed before it is ready (no goods, no payment): refused, and counted with its reason.
    const { cart } = await (
      await fetch(`${backendUrl}/store/carts`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: "{}" })
    ).json()
    const refusal = await fetch(`${backendUrl}/store/carts/${cart.id}/complete`, { method: "POST", headers })
    expect(refusal.status).toBe(400)
    const after = (await scrape(backendUrl, metricsToken)).text
    const listed = { route: "/store/products", method: "GET", status: "2xx" }
    expect(valueOf(after, "pasar_http_request_duration_seconds_count", listed)).toBeGreaterThanOrEqual(
      valueOf(before.text, "pasar_http_request_duration_seconds_count", listed) + 2
    )
    expect(valueOf(after, "pasar_checkout_completions_total", { outcome: "order" })).toBe(
      valueOf(before.text, "pasar_checkout_completions_total", { outcome: "order" }) + 1
    )
    const refusedFor = (text: string) => ["cart", "payment"].map((reason) => valueOf(text, "pasar_checkout_completions_total", { outcome: "refused", reason }))
    const [cartBefore, paymentBefore] = refusedFor(before.text)
    const [cartAfter, paymentAfter] = refusedFor(after)
    expect(cartAfter + paymentAfter).toBe(cartBefore + paymentBefore + 1)
    // Completing a cart takes Medusa's lock on it: the wait for it is measured.
    expect(valueOf(after, "pasar_lock_wait_seconds_count", { outcome: "acquired" })).toBeGreaterThan(
      valueOf(before.text, "pasar_lock_wait_seconds_count", { outcome: "acquired" })
    )
    expect(valueOf(after, "process_resident_memory_bytes", { service: "backend" })).toBeGreaterThan(50_000_000)
    expect(valueOf(after, "pasar_admission_wait_seconds_count", { route: "/store/carts/:id/complete" })).toBeGreaterThanOrEqual(1)
    expect(after).toContain("pasar_requests_in_flight{")
    expect(after).toContain("pasar_event_bus_backlog{")

    // The same catalogue page twice: the second comes from the page cache.
    await fetch(`${storefrontUrl}/kecamatan/pacitan`)
    await fetch(`${storefrontUrl}/kecamatan/pacitan`)
    const storefront = (await scrape(storefrontUrl, metricsToken)).text
    expect(valueOf(storefront, "pasar_page_cache_total", { result: "hit" })).toBeGreaterThanOrEqual(1)
    expect(valueOf(storefront, "pasar_storefront_request_duration_seconds_count", { route: "/kecamatan/[handle]" })).toBeGreaterThanOrEqual(2)
    expect(valueOf(storefront, "process_resident_memory_bytes", { service: "storefront" })).toBeGreaterThan(20_000_000)
  })

  it("answers an unknown address with a 404 page in the shop's layout, Indonesian first and English under /en/", async () => {
    const { storefrontUrl } = readStackJson()
    const indonesian = await fetch(`${storefrontUrl}/tidak-ada-halaman-ini`)
    expect(indonesian.status).toBe(404)
    const page = await indonesian.text()
    expect(page).toContain("Halaman tidak ditemukan")
    expect(page).toContain('class="site-header"')
    expect(page).toContain('href="/produk"')
    const english = await fetch(`${storefrontUrl}/en/no-such-page`)
    expect(english.status).toBe(404)
    expect(await english.text()).toContain("Page not found")
  })

  it("says on a privacy page, linked from every buyer page in both languages, what is kept, why, for how long and how to ask for it", async () => {
    const { storefrontUrl } = readStackJson()
    const home = await (await fetch(`${storefrontUrl}/`)).text()
    expect(home).toContain('href="/privasi"')
    expect(await (await fetch(`${storefrontUrl}/en/`)).text()).toContain('href="/en/privasi"')
    const indonesian = await fetch(`${storefrontUrl}/privasi`)
    expect(indonesian.status).toBe(200)
    const text = await indonesian.text()
    for (const heading of ["Data yang kami simpan", "Untuk apa", "Berapa lama", "Hak Anda"]) expect(text).toContain(heading)
    expect(text).toContain("Undang-Undang Nomor 27 Tahun 2022")
    const english = await (await fetch(`${storefrontUrl}/en/privasi`)).text()
    for (const heading of ["What we keep", "Why", "How long", "Your rights"]) expect(english).toContain(heading)
  })

  it("leaks no English interface text onto the Indonesian pages, and offers the categories from the home page", async () => {
    const { storefrontUrl } = readStackJson()
    const featured = await firstListedProduct()
    const product = await (await fetch(`${storefrontUrl}/produk/${featured.handle}`)).text()
    const producer = product.match(/href="(\/produsen\/[a-z0-9-]+)"/)![1]
    const village = product.match(/href="(\/desa\/[a-z0-9-]+)"/)![1]
    // Every English message that differs from its Indonesian one, cut at its placeholders; short pieces ("kg", "Total") are shared words.
    const english = Object.entries(en)
      .filter(([key, text]) => text !== id[key as keyof typeof id])
      .flatMap(([, text]) => text.split(/\{[a-z]+\}/i))
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 12)
    const visibleText = (html: string) => normaliseSpaces(html.replace(/<(script|style)[\s\S]*?<\/\1>/g, " ").replace(/<[^>]+>/g, " "))
    const leaks: Record<string, string[]> = {}
    // A buyer with something in the cart, so the cart and checkout pages show their forms and their error boxes.
    const variantId = product.match(/name="variant_id" value="(variant_[0-9A-Z]+)"/)![1]
    const cookie = (await post("/keranjang/tambah", { variant_id: variantId, quantity: "1" })).headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ")
    const pages = [
      "/",
      "/produk",
      "/cari?q=gula",
      `/produk/${featured.handle}`,
      producer,
      village,
      "/kecamatan/donorojo",
      "/keranjang",
      "/checkout",
      "/akun",
      "/akun/lupa-sandi",
      "/akun/atur-ulang-sandi?token=contoh&email=pembeli%40contoh.id",
    ]
    // The error paths too: every refusal a buyer can meet on these pages.
    const refusals = [
      `/keranjang?ditambah=${variantId}`,
      `/keranjang?galat=out_of_stock&varian=${variantId}`,
      "/keranjang?galat=out_of_stock",
      "/keranjang?galat=bad_quantity",
      "/keranjang?galat=busy",
      "/keranjang?galat=overloaded",
      "/checkout?galat=fields%3Aemail%2Cphone%2Cpostal_code",
      "/checkout?galat=refused",
      "/akun?galat=login_failed",
      "/akun?galat=register_invalid",
      "/cari?q=gula&price_min=abc",
    ]
    for (const path of [...pages, ...refusals]) {
      const text = visibleText(await (await fetch(`${storefrontUrl}${path}`, { headers: { cookie } })).text())
      const found = english.filter((piece) => text.includes(piece))
      if (found.length) leaks[path] = found
    }
    expect(leaks).toEqual({})

    const home = await (await fetch(storefrontUrl)).text()
    expect(home).toContain("Belanja menurut kategori")
    const categoryLink = home.match(/href="(\/produk\?category=[a-z0-9-]+)"/)![1]
    const listing = await fetch(`${storefrontUrl}${categoryLink}`)
    expect(listing.status).toBe(200)
  })

  it.skipIf(!chromiumPath)(
    `fits a 360 px phone with JavaScript on and off: two cards a row, categories first, the search and the cart stay on screen, every tap target 44 px, no page wider than the screen, open filters included${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const featured = await firstListedProduct()
      const browser = await launchChromium(chromiumPath!)
      try {
        for (const javaScriptEnabled of [true, false]) {
          const context = await browser.newContext({ baseURL: readStackJson().storefrontUrl, viewport: { width: 360, height: 740 }, javaScriptEnabled })
          const page = await context.newPage()
          const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth)
          const firstCards = () =>
            page
              .locator(".product-grid")
              .first()
              .locator(".product-card")
              .evaluateAll((found) =>
                found.slice(0, 3).map((card) => {
                  const box = card.getBoundingClientRect()
                  return { top: Math.round(box.top), left: box.left, width: box.width }
                })
              )
          /** Links and buttons of the header, the bar, the category chips and the footer smaller than a thumb. */
          const smallTargets = () =>
            page.locator("header a, header button, .site-bar a, .site-bar button, .site-bar input, .categories a, footer a").evaluateAll((found) =>
              found
                .filter((element) => (element as HTMLElement).offsetParent !== null)
                .map((element) => ({ text: (element.textContent ?? "").trim() || element.tagName, box: element.getBoundingClientRect() }))
                .filter(({ box }) => box.height < 44 || box.width < 44)
                .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`)
            )

          // Every page a buyer meets, an unknown address too, fits the screen with thumb-sized controls.
          for (const pagePath of ["/", "/produk", `/produk/${featured.handle}`, "/cari?q=gula", "/keranjang", "/akun", "/halaman-yang-tidak-ada", "/en/"]) {
            await page.goto(pagePath)
            expect({ pagePath, javaScriptEnabled, width: await pageWidth() }).toEqual({ pagePath, javaScriptEnabled, width: 360 })
            expect({ pagePath, javaScriptEnabled, small: await smallTargets() }).toEqual({ pagePath, javaScriptEnabled, small: [] })
          }
          // The producer's WhatsApp link and the share link on a product page are full tap targets too.
          await page.goto(`/produk/${featured.handle}`)
          for (const whatsapp of await page.locator("a.whatsapp").all()) expect((await whatsapp.boundingBox())!.height).toBeGreaterThanOrEqual(44)

          // Two cards side by side in the first row of the home page and of the listing.
          for (const pagePath of ["/", "/produk"]) {
            await page.goto(pagePath)
            const cards = await firstCards()
            expect(cards[0].top).toBe(cards[1].top)
            expect(cards[1].left).toBeGreaterThan(cards[0].left + cards[0].width - 1)
            expect(cards[0].width).toBeLessThan(180)
            expect(cards[2].top).toBeGreaterThan(cards[0].top)
          }

          // The categories come before the first product, within the first screen.
          await page.goto("/")
          const categoriesTop = (await page.getByRole("heading", { name: "Belanja menurut kategori" }).boundingBox())!.y
          expect(categoriesTop).toBeLessThan((await firstCards())[0].top)
          expect(categoriesTop).toBeLessThan(740)

          // Far down the page the search and the cart link are still on screen, in a bar no taller than a thumb's reach.
          await page.evaluate(() => window.scrollTo(0, 4000))
          const bar = (await page.locator(".site-bar").boundingBox())!
          expect(bar.y).toBe(0)
          expect(bar.height).toBeLessThanOrEqual(64)
          expect(await page.getByRole("searchbox").first().isVisible()).toBe(true)
          expect(await page.getByRole("link", { name: "Keranjang" }).isVisible()).toBe(true)

          // The filters open as a panel inside the page's width, whatever the longest desa or producer name.
          await page.goto("/produk")
          await page.locator(".filters summary").click()
          expect(await page.getByLabel("Produsen").isVisible()).toBe(true)
          expect(await pageWidth()).toBe(360)
          await context.close()
        }
      } finally {
        await browser.close()
      }
    }
  )

  it("renders the seeded products server-side in Bahasa Indonesia with rupiah prices", async () => {
    const { storefrontUrl } = readStackJson()
    const featured = await firstListedProduct()
    const response = await fetch(storefrontUrl)
    expect(response.status).toBe(200)
    const html = normaliseSpaces(await response.text())
    expect(html).toContain('<html lang="id">')
    expect(html).toContain(escapeHtml(featured.title))
    expect(html).toContain(featured.price)
    expect(html).toContain("Produk desa")
    // Curation's promise on the home page: the coordinators' picks, each with the OK OCE badge.
    expect(html).toContain("Pilihan Kurator")
    expect(html).toContain("Terkurasi OK OCE")

    const english = normaliseSpaces(await (await fetch(`${storefrontUrl}/en/`)).text())
    expect(english).toContain('<html lang="en">')
    expect(english).toContain("Village products")
    expect(english).toContain(featured.price)
  })

  it("shows a product page with variants, rupiah prices, the OK OCE badge, licences and its producer; 404 for an unknown one", async () => {
    const { storefrontUrl } = readStackJson()
    const featured = await firstListedProduct()
    const response = await fetch(`${storefrontUrl}/produk/${featured.handle}`)
    expect(response.status).toBe(200)
    const html = normaliseSpaces(await response.text())
    expect(html).toContain(escapeHtml(featured.title))
    expect(html).toContain(featured.price)
    expect(html).toContain("Terkurasi OK OCE")
    expect(html).toContain("Izin dan sertifikat")
    expect(html).toMatch(/href="\/produsen\/[a-z0-9-]+"/)
    expect(html).toMatch(/<form method="post" action="\/keranjang\/tambah"/)
    // Shared to WhatsApp with its name and its address on this shop, no script needed.
    const share = html.match(/<a class="whatsapp" href="(https:\/\/wa\.me\/\?text=[^"]+)"[^>]*>Bagikan ke WhatsApp<\/a>/)?.[1]
    expect(new URL(share!.replace(/&amp;/g, "&")).searchParams.get("text")).toBe(
      `Lihat ${featured.title} di Pasar Desa OK OCE: ${storefrontUrl}/produk/${featured.handle}`
    )
    expect((await fetch(`${storefrontUrl}/produk/produk-yang-tidak-ada`)).status).toBe(404)
    expect((await fetch(`${storefrontUrl}/en/produk/${featured.handle}`)).status).toBe(200)
  })

  it("shows a product without a photo as 'no photo yet' on its card and its page, never as a picture of the goods", async () => {
    const { storefrontUrl, backendUrl } = readStackJson()
    const admin = await adminHeaders()
    const featured = await firstListedProduct()
    const { products } = await (await fetch(`${backendUrl}/admin/products?handle=${featured.handle}&fields=id,thumbnail,images.url`, { headers: admin })).json()
    const { id, thumbnail, images } = products[0] as { id: string; thumbnail: string; images: Array<{ url: string }> }
    const setPictures = async (body: object) =>
      expect((await fetch(`${backendUrl}/admin/products/${id}`, { method: "POST", headers: admin, body: JSON.stringify(body) })).status).toBe(200)
    const pageOf = async (path: string) => normaliseSpaces(await (await fetch(`${storefrontUrl}${path}`)).text())
    await setPictures({ thumbnail: null, images: [] })
    try {
      // The change reaches the cached pages through the catalogue's events.
      await expect.poll(() => pageOf(`/produk/${featured.handle}`), { timeout: 10_000, interval: 500 }).toMatch(/data-no-photo[^>]*>.*Foto produk belum ada/)
      // Its card on its producer's page, which lists every product of the producer.
      const producerPath = (await pageOf(`/produk/${featured.handle}`)).match(/href="(\/produsen\/[a-z0-9-]+)"/)![1]
      await expect.poll(() => pageOf(producerPath), { timeout: 10_000, interval: 500 }).toContain("Foto produk belum ada")
      const card = (await pageOf(producerPath)).match(new RegExp(`<article class="product-card" data-handle="${featured.handle}"[^>]*>.*?</article>`))![0]
      expect(card).toContain("Foto produk belum ada")
      expect(card).not.toContain("<img")
      expect(await pageOf(`/en/produk/${featured.handle}`)).toContain("No photo of this product yet")
    } finally {
      await setPictures({ thumbnail, images: images.map((image) => ({ url: image.url })) })
    }
    await expect.poll(() => pageOf(`/produk/${featured.handle}`), { timeout: 10_000, interval: 500 }).not.toContain("Foto produk belum ada")
  })

  /** The soonest upcoming harvest the store API lists, with its day as each language writes it. */
  async function soonestHarvest() {
    const { backendUrl, publishableKey } = readStackJson()
    const { harvests } = await (await fetch(`${backendUrl}/store/harvests?limit=1`, { headers: { "x-publishable-api-key": publishableKey } })).json()
    const day = (locale: string) =>
      new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" }).format(new Date(harvests[0].expected_on))
    return { handle: harvests[0].product.handle as string, title: harvests[0].product.title as string, id: day("id-ID"), en: day("en-GB") }
  }

  it("shows 'Segera panen' on the home page: products with an upcoming harvest and its date, in both languages", async () => {
    const { storefrontUrl } = readStackJson()
    const soonest = await soonestHarvest()
    const html = normaliseSpaces(await (await fetch(storefrontUrl)).text())
    expect(html).toContain("Segera panen")
    expect(html).toMatch(/Panen \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/)
    expect(html).toContain(`Panen ${soonest.id}`)
    expect(html).toContain(`href="/produk/${soonest.handle}"`)
    const english = normaliseSpaces(await (await fetch(`${storefrontUrl}/en/`)).text())
    expect(english).toContain("Harvest soon")
    expect(english).toContain(`Harvest ${soonest.en}`)
  })

  it("shows 'Panen <date>' and pre-order on the page of a product with an upcoming harvest", async () => {
    const { storefrontUrl } = readStackJson()
    const soonest = await soonestHarvest()
    const html = normaliseSpaces(await (await fetch(`${storefrontUrl}/produk/${soonest.handle}`)).text())
    expect(html).toContain(`Panen ${soonest.id}`)
    expect(html).toContain("Pre-order")
    expect(html).toMatch(/Masih bisa dipesan \d/)
    const english = normaliseSpaces(await (await fetch(`${storefrontUrl}/en/produk/${soonest.handle}`)).text())
    expect(english).toContain(`Harvest ${soonest.en}`)
  })

  it("takes a pre-order of a harvest product whose shelf is empty, without JavaScript", async () => {
    const stack = readStackJson()
    const soonest = await soonestHarvest()
    const admin = await adminHeaders()
    const { products } = await (
      await fetch(`${stack.backendUrl}/admin/products?handle=${soonest.handle}&fields=id,variants.id,variants.inventory_items.inventory_item_id`, {
        headers: admin,
      })
    ).json()
    const variant = products[0].variants[0]
    const itemId = variant.inventory_items[0].inventory_item_id
    const { inventory_levels } = await (await fetch(`${stack.backendUrl}/admin/inventory-items/${itemId}/location-levels`, { headers: admin })).json()
    for (const level of inventory_levels as Array<{ location_id: string }>) {
      const emptied = await fetch(`${stack.backendUrl}/admin/inventory-items/${itemId}/location-levels/${level.location_id}`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ stocked_quantity: 0 }),
      })
      expect(emptied.status).toBe(200)
    }
    // The stock change is a change of that product: its cached page is rendered again.
    const variantLabel = async () => {
      const page = normaliseSpaces(await (await fetch(`${stack.storefrontUrl}/produk/${soonest.handle}`)).text())
      const label = page.match(new RegExp(`value="${variant.id}"[^>]*>.*?<span class="stock"[^>]*>([^<]+)<`))
      return { label: label?.[1], disabled: new RegExp(`value="${variant.id}"[^>]*disabled`).test(page) }
    }
    await expect.poll(variantLabel, { timeout: 10_000, interval: 500 }).toEqual({ label: "Pesan sebelum panen", disabled: false })

    const added = await post("/keranjang/tambah", { variant_id: variant.id, quantity: "1" })
    expect(added.headers.get("location")).toBe(`/keranjang?ditambah=${variant.id}`)
    const cookie = added.headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ")
    const cart = normaliseSpaces(await (await fetch(`${stack.storefrontUrl}/keranjang`, { headers: { cookie } })).text())
    expect(cart).toContain(escapeHtml(soonest.title))
    // The cart, both checkout steps and the confirmation say the goods wait for the harvest, and until when.
    expect(cart).toContain(`Pre-order: dikirim setelah panen ${soonest.id}.`)
    const address = { email: "panen@contoh.id", first_name: "Sri", last_name: "Wahyuni", phone: "0812 5555 6666", address_1: "Jalan Ahmad Yani No. 4" }
    const place = { desa: "Sidoharjo", kecamatan: "Pacitan", kabupaten: "Pacitan", provinsi: "Jawa Timur", postal_code: "63514" }
    expect(normaliseSpaces(await (await fetch(`${stack.storefrontUrl}/checkout`, { headers: { cookie } })).text())).toContain(
      `${escapeHtml(soonest.title)}: 1 dari panen ${soonest.id}`
    )
    expect((await post("/checkout/alamat", { ...address, ...place }, cookie)).headers.get("location")).toBe("/checkout/pengiriman")
    const delivery = normaliseSpaces(await (await fetch(`${stack.storefrontUrl}/checkout/pengiriman`, { headers: { cookie } })).text())
    expect(delivery).toContain("Pesanan ini berisi pre-order")
    expect(delivery).toContain(`${escapeHtml(soonest.title)}: 1 dari panen ${soonest.id}`)
    const optionId = delivery.match(/name="shipping_option_id" value="(so_[0-9A-Z]+)" checked/)![1]
    const link = (await post("/checkout/pesan", { shipping_option_id: optionId, payment_method: "transfer" }, cookie)).headers.get("location")!
    expect(link).toMatch(ORDER_LINK)
    expect(normaliseSpaces(await (await fetch(`${stack.storefrontUrl}${link}`)).text())).toContain(`Pre-order: dikirim setelah panen ${soonest.id}.`)
    expect(normaliseSpaces(await (await fetch(`${stack.storefrontUrl}/en${link}`)).text())).toContain(`Pre-order: sent after the harvest of ${soonest.en}.`)
    // The buyer takes it back: the forecast is free again for others.
    const { searchParams } = new URL(link, stack.storefrontUrl)
    const cancel = await post(`${new URL(link, stack.storefrontUrl).pathname}/batal`, { kunci: searchParams.get("kunci")!, alasan: "too_slow" })
    expect(new URL(cancel.headers.get("location")!, stack.storefrontUrl).searchParams.get("batal")).toBe("ok")
    for (const level of inventory_levels as Array<{ location_id: string; stocked_quantity: number }>) {
      await fetch(`${stack.backendUrl}/admin/inventory-items/${itemId}/location-levels/${level.location_id}`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ stocked_quantity: level.stocked_quantity }),
      })
    }
  })

  it("draws a map of every desa on the home page, each dot a named link to the desa's page", async () => {
    const { storefrontUrl, backendUrl, publishableKey } = readStackJson()
    const { count } = await (await fetch(`${backendUrl}/store/villages`, { headers: { "x-publishable-api-key": publishableKey } })).json()
    const html = await (await fetch(storefrontUrl)).text()
    expect(html).toMatch(/<svg viewBox="0 0 \d+ \d+" role="group" aria-labelledby="peta-desa-judul"/)
    const dots = [...html.matchAll(/<a href="(\/desa\/[a-z0-9-]+)" aria-label="([^"]+)"[^>]*data-desa=/g)]
    expect(dots).toHaveLength(count)
    expect(html).toMatch(/<a href="\/kecamatan\/donorojo"[^>]*data-kecamatan="donorojo"/)
    expect((await fetch(`${storefrontUrl}${dots[0][1]}`)).status).toBe(200)
  })

  it("highlights the kecamatan's own desa on the map of its page", async () => {
    const { storefrontUrl, backendUrl, publishableKey } = readStackJson()
    const { villages } = await (await fetch(`${backendUrl}/store/villages?kecamatan=donorojo`, { headers: { "x-publishable-api-key": publishableKey } })).json()
    const html = await (await fetch(`${storefrontUrl}/kecamatan/donorojo`)).text()
    const current = [...html.matchAll(/<a href="\/desa\/([a-z0-9-]+)"[^>]*data-current="true"/g)].map((match) => match[1])
    expect(current.sort()).toEqual(villages.map((village: { handle: string }) => village.handle).sort())
    expect(html).toMatch(/<a href="\/kecamatan\/donorojo" aria-current="page"/)
  })

  it("shows producer, village and kecamatan pages linked from the product", async () => {
    const { storefrontUrl } = readStackJson()
    const featured = await firstListedProduct()
    const product = await (await fetch(`${storefrontUrl}/produk/${featured.handle}`)).text()
    const producerPath = product.match(/href="(\/produsen\/[a-z0-9-]+)"/)![1]
    const villagePath = product.match(/href="(\/desa\/[a-z0-9-]+)"/)![1]
    const producer = await fetch(`${storefrontUrl}${producerPath}`)
    expect(producer.status).toBe(200)
    expect(normaliseSpaces(await producer.text())).toContain(escapeHtml(featured.title))
    const village = await fetch(`${storefrontUrl}${villagePath}`)
    expect(village.status).toBe(200)
    const kecamatanPath = (await village.text()).match(/href="(\/kecamatan\/[a-z0-9-]+)"/)![1]
    expect((await fetch(`${storefrontUrl}${kecamatanPath}`)).status).toBe(200)
    expect((await fetch(`${storefrontUrl}/desa/desa-yang-tidak-ada`)).status).toBe(404)
  })

  it("serves catalogue pages from its cache and shows a coordinator's edit, approved again, within seconds", async () => {
    const stack = readStackJson()
    const admin = await adminHeaders()
    const { products } = await (
      await fetch(`${stack.backendUrl}/admin/products?limit=1&offset=3&order=created_at&fields=id,handle,title`, { headers: admin })
    ).json()
    const [{ id, handle, title }] = products as Array<{ id: string; handle: string; title: string }>
    const page = () => fetch(`${stack.storefrontUrl}/produk/${handle}`)
    const editTitle = (next: string) => editAndApprove(admin, id, next)

    await page()
    const cached = await page()
    expect(cached.headers.get("x-cache")).toBe("hit")
    expect(normaliseSpaces(await cached.text())).toContain(escapeHtml(title))

    const edited = `${title} Edisi Lebaran`
    await editTitle(edited)
    try {
      const deadline = Date.now() + 5_000
      let html = normaliseSpaces(await (await page()).text())
      while (!html.includes(escapeHtml(edited)) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250))
        html = normaliseSpaces(await (await page()).text())
      }
      expect(html).toContain(escapeHtml(edited))
      // Pages for one visitor are never cached.
      expect((await fetch(`${stack.storefrontUrl}/keranjang`)).headers.get("x-cache")).toBeNull()
    } finally {
      await editTitle(title)
    }
  })

  it("empties only the pages that show what changed: after a stock change one request renders that product's page while the others get the old copy, other products' pages stay cached, and its producer's other products' too, even when one of those is approved", async () => {
    const stack = readStackJson()
    const admin = await adminHeaders()
    const { products } = await (
      await fetch(`${stack.backendUrl}/store/products?limit=30&offset=7&order=created_at&fields=id,title,handle,+producer.handle`, {
        headers: { "x-publishable-api-key": stack.publishableKey },
      })
    ).json()
    const listed = products as Array<{ id: string; title: string; handle: string; producer: { handle: string } }>
    // A product with a sibling (another product of its producer, whose page names the same producer) and a stranger.
    const first = listed.find((product) => listed.some((other) => other !== product && other.producer.handle === product.producer.handle))!
    const sibling = listed.find((other) => other !== first && other.producer.handle === first.producer.handle)!
    const untouched = listed.find((product) => product.producer.handle !== first.producer.handle)!
    const {
      products: [changed],
    } = await (
      await fetch(`${stack.backendUrl}/admin/products?handle=${first.handle}&fields=handle,variants.inventory_items.inventory_item_id`, { headers: admin })
    ).json()
    const cacheOf = async (handle: string) => (await fetch(`${stack.storefrontUrl}/produk/${handle}`)).headers.get("x-cache")
    for (const { handle } of [changed, untouched, sibling]) {
      await cacheOf(handle)
      expect(await cacheOf(handle)).toBe("hit")
    }
    const itemId = changed.variants[0].inventory_items[0].inventory_item_id
    const { inventory_levels } = await (await fetch(`${stack.backendUrl}/admin/inventory-items/${itemId}/location-levels`, { headers: admin })).json()
    const [level] = inventory_levels as Array<{ location_id: string; stocked_quantity: number }>
    const setStock = (stocked_quantity: number) =>
      fetch(`${stack.backendUrl}/admin/inventory-items/${itemId}/location-levels/${level.location_id}`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ stocked_quantity }),
      })
    expect((await setStock(level.stocked_quantity + 1)).status).toBe(200)
    try {
      // Ten buyers at once, until the change has reached the storefront (it reads changes about once a second).
      let answers: Array<string | null> = []
      for (const deadline = Date.now() + 10_000; Date.now() < deadline && answers.every((answer) => answer === "hit");) {
        await new Promise((resolve) => setTimeout(resolve, 1_500))
        answers = await Promise.all(Array.from({ length: 10 }, () => cacheOf(changed.handle)))
      }
      expect(answers.filter((answer) => answer === "miss")).toHaveLength(1)
      expect(answers.filter((answer) => answer === "stale")).toHaveLength(9)
      await expect.poll(() => cacheOf(changed.handle), { timeout: 5_000 }).toBe("hit")
      expect(await cacheOf(untouched.handle)).toBe("hit")
      expect(await cacheOf(sibling.handle)).toBe("hit")
    } finally {
      await setStock(level.stocked_quantity)
    }

    // Once the stock put back has reached the storefront and the page is rendered again, a coordinator
    // approves the producer's other product again: its page and its producer's change, this one's does not.
    await expect.poll(() => cacheOf(changed.handle), { timeout: 10_000 }).not.toBe("hit")
    await expect.poll(() => cacheOf(changed.handle), { timeout: 5_000 }).toBe("hit")
    await editAndApprove(admin, sibling.id, `${sibling.title} Panen Baru`)
    try {
      await expect.poll(() => cacheOf(sibling.handle), { timeout: 10_000 }).not.toBe("hit")
      expect(await cacheOf(changed.handle)).toBe("hit")
    } finally {
      await editAndApprove(admin, sibling.id, sibling.title)
    }
  })

  it("lists and searches products with facets, typo tolerance and spelling variants, refusing a malformed filter", async () => {
    const { storefrontUrl } = readStackJson()
    const count = (html: string) => Number(html.match(/class="count"[^>]*>(\d+) (produk|products)/)![1])
    const listing = await fetch(`${storefrontUrl}/produk`)
    expect(listing.status).toBe(200)
    const all = await listing.text()
    expect(count(all)).toBeGreaterThan(200)
    expect(all).toMatch(/<select name="kecamatan"/)
    const variant = await (await fetch(`${storefrontUrl}/cari?q=kripik+pisang`)).text()
    expect(count(variant)).toBeGreaterThan(0)
    expect(variant.toLowerCase()).toContain("keripik pisang")
    const typo = await (await fetch(`${storefrontUrl}/cari?q=kopu+robusta`)).text()
    expect(count(typo)).toBeGreaterThan(0)
    const filtered = await (await fetch(`${storefrontUrl}/produk?kecamatan=tegalombo&halal=true`)).text()
    expect(count(filtered)).toBeLessThan(count(all))
    expect((await fetch(`${storefrontUrl}/produk?kecamatan=BAD!!`)).status).toBe(400)
  })

  it("fills and changes the cart with plain HTML forms, no JavaScript, refusing a bad quantity", async () => {
    const { storefrontUrl } = readStackJson()
    const featured = await firstListedProduct()
    const page = await (await fetch(`${storefrontUrl}/produk/${featured.handle}`)).text()
    const variantId = page.match(/name="variant_id" value="(variant_[0-9A-Z]+)"/)![1]
    const added = await post("/keranjang/tambah", { variant_id: variantId, quantity: "2" })
    expect(added.status).toBe(303)
    const cookie = added.headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ")
    expect(cookie).toMatch(/^pd_cart=cart_/)
    const cart = normaliseSpaces(await (await fetch(`${storefrontUrl}/keranjang`, { headers: { cookie } })).text())
    expect(cart).toContain(escapeHtml(featured.title))
    const lineId = cart.match(/data-line-id="(cali_[0-9A-Z]+)"/)![1]

    const refused = await post("/keranjang/ubah", { line_id: lineId, quantity: "1.5" }, cookie)
    expect(refused.headers.get("location")).toContain("galat=bad_quantity")
    const message = await fetch(`${storefrontUrl}${refused.headers.get("location")}`, { headers: { cookie } })
    expect(message.status).toBe(400)
    expect(await message.text()).toContain("Jumlah harus bilangan bulat 1 sampai 99.")

    await post("/keranjang/ubah", { line_id: lineId, quantity: "0" }, cookie)
    expect(await (await fetch(`${storefrontUrl}/keranjang`, { headers: { cookie } })).text()).toContain("Keranjang Anda masih kosong.")
    const crossSite = await fetch(`${storefrontUrl}/keranjang/tambah`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: "quantity=1",
    })
    expect(crossSite.status).toBe(403)
  })

  it("names the product and how many are left when a cart asks for more than the shelf holds, in the page's language", async () => {
    const { storefrontUrl, backendUrl, publishableKey } = readStackJson()
    const headers = { "x-publishable-api-key": publishableKey }
    type Stocked = { id: string; title: string; inventory_quantity: number; manage_inventory: boolean; allow_backorder: boolean }
    const { products } = await (
      await fetch(
        `${backendUrl}/store/products?limit=100&fields=title,variants.id,variants.title,variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder`,
        { headers }
      )
    ).json()
    const [product, variant] = (products as Array<{ title: string; variants: Stocked[] }>)
      .flatMap((candidate) => candidate.variants.map((entry) => [candidate, entry] as const))
      .find(([, entry]) => entry.manage_inventory && !entry.allow_backorder && entry.inventory_quantity >= 2 && entry.inventory_quantity <= 97)!
    const left = variant.inventory_quantity
    const named = escapeHtml(`“${product.title} · ${variant.title}”`)

    // Adding more than the shelf holds: the box names the product and what is left, in Indonesian only.
    const tooMany = await post("/keranjang/tambah", { variant_id: variant.id, quantity: String(left + 1) })
    const cookie = tooMany.headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ")
    expect(tooMany.headers.get("location")).toBe(`/keranjang?galat=out_of_stock&varian=${variant.id}`)
    const refused = await fetch(`${storefrontUrl}${tooMany.headers.get("location")}`, { headers: { cookie } })
    expect(refused.status).toBe(400)
    const indonesian = normaliseSpaces(await refused.text())
    expect(indonesian).toContain(`Stok ${named} tinggal ${left}.`)
    expect(indonesian).not.toMatch(/left in stock|only \d+/i)

    // Raising a line already in the cart past the shelf says the same.
    const added = await post("/keranjang/tambah", { variant_id: variant.id, quantity: "1" }, cookie)
    expect(added.headers.get("location")).toBe(`/keranjang?ditambah=${variant.id}`)
    const cart = await (await fetch(`${storefrontUrl}/keranjang`, { headers: { cookie } })).text()
    const lineId = cart.match(/data-line-id="(cali_[0-9A-Z]+)"/)![1]
    const raised = await post("/keranjang/ubah", { line_id: lineId, quantity: String(left + 1) }, cookie)
    expect(raised.headers.get("location")).toBe(`/keranjang?galat=out_of_stock&varian=${variant.id}`)
    expect(normaliseSpaces(await (await fetch(`${storefrontUrl}${raised.headers.get("location")}`, { headers: { cookie } })).text())).toContain(
      `Stok ${named} tinggal ${left}.`
    )

    // The English shop says it in English.
    const english = await post("/en/keranjang/ubah", { line_id: lineId, quantity: String(left + 1) }, cookie)
    expect(english.headers.get("location")).toBe(`/en/keranjang?galat=out_of_stock&varian=${variant.id}`)
    const englishPage = normaliseSpaces(await (await fetch(`${storefrontUrl}${english.headers.get("location")}`, { headers: { cookie } })).text())
    expect(englishPage).toContain(`Only ${left} of ${named} left in stock.`)
    expect(englishPage).not.toContain("tinggal")
    await post("/keranjang/ubah", { line_id: lineId, quantity: "0" }, cookie)
  })

  it("registers a buyer, refuses a wrong password like an unknown email, and takes a signed-in buyer from product to order history without JavaScript", async () => {
    const { storefrontUrl } = readStackJson()
    const registered = await post("/akun/daftar", { first_name: "Siti", last_name: "Aminah", email: "siti@contoh.id", password: "rahasia-siti-1" })
    expect(registered.headers.get("location")).toBe("/akun")
    const session = registered.headers.getSetCookie().find((value) => value.startsWith("pd_session="))!
    expect(session).toMatch(/HttpOnly/i)
    expect(session).toMatch(/SameSite=Lax/i)
    const cookie = session.split(";")[0]
    const account = normaliseSpaces(await (await fetch(`${storefrontUrl}/akun`, { headers: { cookie } })).text())
    expect(account).toContain("Halo, Siti (siti@contoh.id)")
    expect(account).toContain("Belum ada pesanan.")

    const wrong = await post("/akun/masuk", { email: "siti@contoh.id", password: "salah-sekali-1" })
    const unknown = await post("/akun/masuk", { email: "tidak.ada@contoh.id", password: "salah-sekali-1" })
    expect(wrong.headers.get("location")).toBe("/akun?galat=login_failed")
    expect(unknown.headers.get("location")).toBe("/akun?galat=login_failed")
    const again = await post("/akun/masuk", { email: "siti@contoh.id", password: "rahasia-siti-1" })
    expect(again.headers.getSetCookie().some((value) => value.startsWith("pd_session="))).toBe(true)

    // The whole journey with plain forms: product → cart → address → delivery and payment (pickup, cash) → confirmation → account.
    const featured = await firstListedProduct()
    const product = await (await fetch(`${storefrontUrl}/produk/${featured.handle}`)).text()
    const variantId = product.match(/name="variant_id" value="(variant_[0-9A-Z]+)"/)![1]
    const added = await post("/keranjang/tambah", { variant_id: variantId, quantity: "1" }, cookie)
    const cartCookie = added.headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ")
    const cookies = `${cookie}; ${cartCookie}`
    const checkout = await (await fetch(`${storefrontUrl}/checkout`, { headers: { cookie: cookies } })).text()
    expect(checkout).toContain('value="siti@contoh.id"')
    const address = {
      email: "siti@contoh.id",
      first_name: "Siti",
      last_name: "Aminah",
      phone: "0812-3456-7890",
      address_1: "Jalan Ahmad Yani No. 5",
      desa: "Sidoharjo",
      kecamatan: "Pacitan",
      kabupaten: "Pacitan",
      provinsi: "Jawa Timur",
      postal_code: "63514",
    }
    const refused = await post("/checkout/alamat", { ...address, postal_code: "635", phone: "12" }, cookies)
    expect(refused.headers.get("location")).toBe("/checkout?galat=fields%3Aphone%2Cpostal_code")
    expect((await post("/checkout/alamat", address, cookies)).headers.get("location")).toBe("/checkout/pengiriman")
    const delivery = normaliseSpaces(await (await fetch(`${storefrontUrl}/checkout/pengiriman`, { headers: { cookie: cookies } })).text())
    // The courier is priced for Kecamatan Pacitan; an expedition is not for an address inside the kabupaten, and says so.
    expect(delivery).toMatch(/Kurir lokal Kabupaten Pacitan<\/strong> · Rp 8\.000/)
    expect(delivery).toContain("Ekspedisi untuk alamat di luar Kabupaten Pacitan; di dalamnya pakai kurir lokal.")
    const optionId = delivery.match(/name="shipping_option_id" value="(so_[0-9A-Z]+)" checked/)![1]
    const placed = await post("/checkout/pesan", { shipping_option_id: optionId, payment_method: "cod" }, cookies)
    const confirmation = placed.headers.get("location")!
    expect(confirmation).toMatch(ORDER_LINK)
    const order = normaliseSpaces(await (await fetch(`${storefrontUrl}${confirmation}`)).text())
    expect(order).toMatch(/Terima kasih! Pesanan #\d+ diterima/)
    expect(order).toContain(escapeHtml(featured.title))
    // The page follows the order: placed, and from which producer, whose steps come as they take them.
    expect(order).toMatch(/<h2 id="progress-title"[^>]*>Status pesanan<\/h2>/)
    expect(order).toMatch(/<h3[^>]*>Dari [^<]+<\/h3>/)
    expect(order).toMatch(/data-step="placed"[^>]*> ?<span[^>]*>Pesanan dibuat<\/span> ?<time datetime="[^"]+"[^>]*>[^<]+ WIB<\/time>/)
    const orderId = new URL(confirmation, storefrontUrl).pathname.split("/").pop()
    const history = normaliseSpaces(await (await fetch(`${storefrontUrl}/akun`, { headers: { cookie } })).text())
    expect(history).toContain(`data-order-id="${orderId}"`)
    // The account leads back to each order's page, which the buyer's login opens.
    expect(history).toContain(`href="/akun/pesanan/${orderId}"`)
    expect(normaliseSpaces(await (await fetch(`${storefrontUrl}/akun/pesanan/${orderId}`, { headers: { cookie } })).text())).toMatch(
      /Terima kasih! Pesanan #\d+ diterima/
    )

    // The address is kept on the account: the next checkout offers it with one tap and fills the form with it.
    const savedLine = "Jalan Ahmad Yani No. 5, Desa Sidoharjo, Kecamatan Pacitan, Pacitan 63514"
    expect(history).toContain(savedLine)
    const nextCart = (await post("/keranjang/tambah", { variant_id: variantId, quantity: "1" }, cookie)).headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ")
    const nextCookies = `${cookie}; ${nextCart}`
    const next = normaliseSpaces(await (await fetch(`${storefrontUrl}/checkout`, { headers: { cookie: nextCookies } })).text())
    expect(next).toContain("Kirim ke alamat tersimpan")
    expect(next).toContain(savedLine)
    expect(next).toMatch(/name="address_1"[^>]*value="Jalan Ahmad Yani No. 5"/)
    const addressId = next.match(/name="address_id" value="(cuaddr_[0-9A-Z]+)"/)![1]
    // Another buyer's address id is not this buyer's to use.
    expect((await post("/checkout/alamat-tersimpan", { address_id: "cuaddr_01ORANGLAIN" }, nextCookies)).headers.get("location")).toBe(
      "/checkout?galat=refused"
    )
    expect((await post("/checkout/alamat-tersimpan", { address_id: addressId }, nextCookies)).headers.get("location")).toBe("/checkout/pengiriman")
    expect(normaliseSpaces(await (await fetch(`${storefrontUrl}/checkout/pengiriman`, { headers: { cookie: nextCookies } })).text())).toContain(
      "Jalan Ahmad Yani No. 5, Desa Sidoharjo, Kecamatan Pacitan"
    )
    // Using it again keeps one copy; removing it leaves the account without it.
    expect(normaliseSpaces(await (await fetch(`${storefrontUrl}/akun`, { headers: { cookie } })).text()).split(savedLine).length - 1).toBe(1)
    expect((await post("/akun/alamat/hapus", { address_id: addressId }, cookie)).headers.get("location")).toBe("/akun?alamat=dihapus#alamat")
    const afterRemoval = normaliseSpaces(await (await fetch(`${storefrontUrl}/akun?alamat=dihapus`, { headers: { cookie } })).text())
    expect(afterRemoval).toContain("Alamat dihapus dari akun Anda.")
    expect(afterRemoval).not.toContain(savedLine)
    expect(afterRemoval).toContain(`data-order-id="${orderId}"`)

    // Favourites: saved from the product page's form, listed on the account's page, taken off again; signed out, the account asks first.
    expect(normaliseSpaces(product)).toMatch(/<form method="post" action="\/akun\/favorit\/ubah"[^>]*>/)
    expect((await post("/akun/favorit/ubah", { produk: featured.handle, aksi: "tambah" })).headers.get("location")).toBe("/akun?galat=wishlist_login")
    const saved = await post("/akun/favorit/ubah", { produk: featured.handle, aksi: "tambah" }, cookie)
    expect(saved.headers.get("location")).toBe(`/akun/favorit?disimpan=${featured.handle}`)
    const favourites = normaliseSpaces(await (await fetch(`${storefrontUrl}${saved.headers.get("location")}`, { headers: { cookie } })).text())
    expect(favourites).toContain(`“${escapeHtml(featured.title)}” disimpan ke favorit.`)
    expect(favourites).toContain(`data-handle="${featured.handle}"`)
    expect(afterRemoval).toMatch(/href="\/akun\/favorit"[^>]*>\s*Favorit saya/)
    expect((await post("/akun/favorit/ubah", { produk: "<script>", aksi: "tambah" }, cookie)).headers.get("location")).toBe(
      "/akun/favorit?galat=wishlist_failed"
    )
    expect((await post("/akun/favorit/ubah", { produk: featured.handle, aksi: "hapus" }, cookie)).headers.get("location")).toBe(
      `/akun/favorit?dihapus=${featured.handle}`
    )
    const emptied = normaliseSpaces(await (await fetch(`${storefrontUrl}/akun/favorit`, { headers: { cookie } })).text())
    expect(emptied).toContain("Belum ada produk favorit.")
    expect((await fetch(`${storefrontUrl}/akun/favorit`, { redirect: "manual" })).headers.get("location")).toBe("/akun?galat=wishlist_login")
  })

  it("lets a buyer who forgot their password ask for a link without learning who has an account, and refuses a wrong, short or spent one", async () => {
    const { storefrontUrl } = readStackJson()
    const page = async (path: string) => normaliseSpaces(await (await fetch(`${storefrontUrl}${path}`)).text())
    expect(await page("/akun")).toMatch(/<a class="forgot"[^>]*href="\/akun\/lupa-sandi"[^>]*>\s*Lupa kata sandi\?/)
    const registered = await post("/akun/daftar", { first_name: "Lestari", last_name: "", email: "lestari@contoh.id", password: "sandi-lestari-1" })
    expect(registered.headers.get("location")).toBe("/akun")
    // A known and an unknown email get the same answer.
    const answers = await Promise.all(["lestari@contoh.id", "tidak.ada.akun@contoh.id"].map((email) => post("/akun/lupa-sandi", { email })))
    expect(answers.map((answer) => answer.headers.get("location"))).toEqual(["/akun/lupa-sandi?terkirim=1", "/akun/lupa-sandi?terkirim=1"])
    expect(await page("/akun/lupa-sandi?terkirim=1")).toContain("Bila email itu punya akun, tautan untuk membuat kata sandi baru sudah dikirim ke sana.")
    expect((await post("/akun/lupa-sandi", { email: "bukan-email" })).headers.get("location")).toBe("/akun/lupa-sandi?galat=reset_invalid")

    const choose = (form: Record<string, string>) =>
      post("/akun/atur-ulang-sandi", { token: "bukan-token", email: "lestari@contoh.id", ...form }).then(
        (answer) => new URL(answer.headers.get("location")!, storefrontUrl)
      )
    expect((await choose({ password: "sandi-baru-1", password_repeat: "sandi-lain-1" })).searchParams.get("galat")).toBe("reset_mismatch")
    expect((await choose({ password: "pendek", password_repeat: "pendek" })).searchParams.get("galat")).toBe("reset_short")
    const spent = await choose({ password: "sandi-baru-1", password_repeat: "sandi-baru-1" })
    expect(Object.fromEntries(spent.searchParams)).toEqual({ token: "bukan-token", email: "lestari@contoh.id", galat: "reset_link" })
    const refused = await page(`${spent.pathname}${spent.search}`)
    expect(refused).toContain("Tautan atur ulang kata sandi ini sudah dipakai atau kedaluwarsa. Minta tautan baru.")
    // The form keeps the link's token and account for another try.
    expect(refused).toMatch(/name="token" value="bukan-token"/)
    // The old password still signs in: nothing changed.
    expect((await post("/akun/masuk", { email: "lestari@contoh.id", password: "sandi-lestari-1" })).headers.get("location")).toBe("/akun")
    expect(await page("/en/akun/lupa-sandi")).toMatch(/<h1[^>]*>Forgot your password<\/h1>/)
  })

  it("lets a buyer review what reached them from the order's page without JavaScript, and shows it with its stars once a coordinator approves", async () => {
    const { storefrontUrl, backendUrl, publishableKey } = readStackJson()
    const buyer = { first_name: "Rina", last_name: "Wulandari", email: "rina.ulasan@contoh.id", password: "rahasia-rina-1" }
    const { cookie, token } = await registeredBuyer(buyer)
    const { api } = await demoProducer()
    const { products } = await api("/producer/products?curation_state=approved")
    const { stock } = await api("/producer/stock")
    const row = stock.find(
      (candidate: { product_id: string; available_quantity: number }) =>
        candidate.available_quantity >= 1 && products.some((product: { id: string }) => product.id === candidate.product_id)
    )
    const product = products.find((candidate: { id: string }) => candidate.id === row.product_id) as { id: string; handle: string; title: string }
    const order = await placeStoreOrder(backendUrl, publishableKey, [{ variant_id: row.variant_id, quantity: 1 }], "pp_cod_okoce", buyer.email, token)
    const orderPage = async () => normaliseSpaces(await (await fetch(`${storefrontUrl}/akun/pesanan/${order.id}`, { headers: { cookie } })).text())

    // Nothing to review before the parcel reaches the buyer, and a review sent anyway is refused.
    expect(await orderPage()).not.toContain('action="/akun/ulasan"')
    const early = await post("/akun/ulasan", { order_id: order.id, product_id: product.id, rating: "4" }, cookie)
    expect(early.headers.get("location")).toBe(`/akun/pesanan/${order.id}?galat=review_refused#ulasan`)

    // The producer accepts, packs and ships; the coordinator marks the parcel picked up.
    const part = await producerPartOf(api, order)
    for (const body of [{ status: "accepted" }, { status: "packed" }, { status: "shipped", tracking_note: "Diambil di pusat OK OCE" }]) {
      await api(`/producer/orders/${part.id}/status`, { method: "POST", body: JSON.stringify(body) })
    }
    const admin = await adminHeaders()
    const { order: withFulfillment } = await (await fetch(`${backendUrl}/admin/orders/${order.id}?fields=id,fulfillments.id`, { headers: admin })).json()
    const delivered = await fetch(`${backendUrl}/admin/orders/${order.id}/fulfillments/${withFulfillment.fulfillments[0].id}/mark-as-delivered`, {
      method: "POST",
      headers: admin,
      body: "{}",
    })
    expect(delivered.status).toBe(200)

    // Now the order's page offers five stars and a few words for the product; a bad star count is refused in Indonesian.
    const reviewable = await orderPage()
    expect(reviewable).toMatch(/<h2 id="ulasan-judul"[^>]*>Ulas produk yang sudah Anda terima<\/h2>/)
    expect(reviewable).toMatch(new RegExp(`<input type="hidden" name="product_id" value="${product.id}"`))
    const badStars = await post("/akun/ulasan", { order_id: order.id, product_id: product.id, rating: "9" }, cookie)
    expect(badStars.headers.get("location")).toBe(`/akun/pesanan/${order.id}?galat=review_stars#ulasan`)
    expect(normaliseSpaces(await (await fetch(`${storefrontUrl}/akun/pesanan/${order.id}?galat=review_stars`, { headers: { cookie } })).text())).toContain(
      "Pilih 1 sampai 5 bintang."
    )
    const words = "Manis legit, dibungkus rapi."
    const sent = await post("/akun/ulasan", { order_id: order.id, product_id: product.id, rating: "4", body: words }, cookie)
    expect(sent.headers.get("location")).toBe(`/akun/pesanan/${order.id}?ulasan=terkirim#ulasan`)
    const thanked = normaliseSpaces(await (await fetch(`${storefrontUrl}/akun/pesanan/${order.id}?ulasan=terkirim`, { headers: { cookie } })).text())
    expect(thanked).toContain("Terima kasih! Ulasan Anda tampil setelah disetujui koordinator OK OCE.")
    expect(thanked).toContain("(menunggu persetujuan koordinator)")
    expect(thanked).not.toContain('action="/akun/ulasan"')
    // A second tap (the back button, another tab) makes no second review.
    const again = await post("/akun/ulasan", { order_id: order.id, product_id: product.id, rating: "1" }, cookie)
    expect(again.headers.get("location")).toBe(`/akun/pesanan/${order.id}?galat=review_refused#ulasan`)
    // Another buyer cannot review Rina's order.
    const other = await post("/akun/daftar", { first_name: "Orang", last_name: "Lain", email: "orang.lain.ulasan@contoh.id", password: "rahasia-orang-1" })
    const otherCookie = other.headers
      .getSetCookie()
      .find((value) => value.startsWith("pd_session="))!
      .split(";")[0]
    const stranger = await post("/akun/ulasan", { order_id: order.id, product_id: product.id, rating: "1" }, otherCookie)
    expect(stranger.headers.get("location")).toBe(`/akun/pesanan/${order.id}?galat=review_refused#ulasan`)

    // Buyers see nothing until a coordinator approves; then the page shows the stars, the words and "Rina W.", and tells search engines.
    const productPage = async () => normaliseSpaces(await (await fetch(`${storefrontUrl}/produk/${product.handle}`)).text())
    expect(await productPage()).not.toContain(words)
    const { reviews } = await (await fetch(`${backendUrl}/admin/reviews?status=pending`, { headers: admin })).json()
    const review = reviews.find((candidate: { order_id: string }) => candidate.order_id === order.id)
    expect(review).toMatchObject({ reviewer_name: "Rina W.", rating: 4, body: words, product: { id: product.id } })
    const approved = await fetch(`${backendUrl}/admin/reviews/${review.id}`, { method: "POST", headers: admin, body: JSON.stringify({ status: "approved" }) })
    expect(approved.status).toBe(200)
    await expect.poll(productPage, { timeout: 10_000 }).toContain(words)
    const page = await productPage()
    expect(page).toMatch(/Rating 4,0 dari 5, dari 1 ulasan/)
    expect(page).toContain("Rina W.")
    expect(page).not.toContain(buyer.email)
    const jsonLd = JSON.parse(page.match(/<script type="application\/ld\+json"[^>]*>(.+?)<\/script>/)![1])
    expect(jsonLd.aggregateRating).toEqual({ "@type": "AggregateRating", ratingValue: 4, reviewCount: 1, bestRating: 5, worstRating: 1 })
    expect(jsonLd.review[0]).toMatchObject({ author: { name: "Rina W." }, reviewRating: { ratingValue: 4 }, reviewBody: words })
    // Its card in search results carries the stars too (they come from the catalogue's views, not the search index).
    await expect
      .poll(
        async () => {
          const results = await (await fetch(`${storefrontUrl}/cari?q=${encodeURIComponent(product.title)}`)).text()
          const card = results.match(new RegExp(`<article[^>]*data-handle="${product.handle}"[^>]*>[\\s\\S]*?</article>`))?.[0] ?? ""
          return normaliseSpaces(card)
        },
        { timeout: 10_000 }
      )
      .toMatch(/★ 4,0/)
  })

  it("lets a buyer follow an order from placement to pickup on its page, signed in from the account and as a guest through the signed link", async () => {
    const { storefrontUrl, backendUrl, publishableKey } = readStackJson()
    const buyer = { first_name: "Wulan", last_name: "Sari", email: "wulan.ikuti@contoh.id", password: "rahasia-wulan-1" }
    const { cookie, token } = await registeredBuyer(buyer)
    const { api } = await demoProducer()
    const { products } = await api("/producer/products?curation_state=approved")
    const { stock } = await api("/producer/stock")
    const row = stock.find(
      (candidate: { product_id: string; available_quantity: number }) =>
        candidate.available_quantity >= 2 && products.some((product: { id: string }) => product.id === candidate.product_id)
    )
    const line = [{ variant_id: row.variant_id, quantity: 1 }]
    const signedIn = await placeStoreOrder(backendUrl, publishableKey, line, "pp_cod_okoce", buyer.email, token)
    const guest = await placeStoreOrder(backendUrl, publishableKey, line, "pp_cod_okoce", "tamu.ikuti@contoh.id")
    const guestPath = `/pesanan/${guest.id}?kunci=${await orderKeyOf(backendUrl, publishableKey, guest)}`
    const pages = {
      signedIn: async () => (await fetch(`${storefrontUrl}/akun/pesanan/${signedIn.id}`, { headers: { cookie } })).text(),
      guest: async () => (await fetch(`${storefrontUrl}${guestPath}`)).text(),
    }
    const stepsOn = (html: string) =>
      [...html.matchAll(/<li data-step="(\w+)"[^>]*> ?<span[^>]*>([^<]+)<\/span>/g)].map(([, step, label]) => `${step}: ${label}`)
    for (const page of Object.values(pages)) expect(stepsOn(await page())).toEqual(["placed: Pesanan dibuat"])
    // The order's id alone shows nothing: the guest's page needs the link's key.
    expect((await fetch(`${storefrontUrl}/pesanan/${guest.id}`)).status).toBe(404)

    const admin = await adminHeaders()
    for (const order of [signedIn, guest]) {
      const part = await producerPartOf(api, order)
      for (const status of ["accepted", "packed", "handed_over"]) {
        await api(`/producer/orders/${part.id}/status`, { method: "POST", body: JSON.stringify({ status }) })
      }
    }
    const handedOver = ["placed: Pesanan dibuat", "accepted: Diterima produsen", "packed: Dikemas", "handed_over: Diserahkan ke Pusat OK OCE atau kurir"]
    for (const page of Object.values(pages)) expect(stepsOn(await page())).toEqual(handedOver)

    // The buyer collects it at the centre; the coordinator marks the parcel taken, and the page says so.
    for (const order of [signedIn, guest]) {
      const { order: withFulfillment } = await (await fetch(`${backendUrl}/admin/orders/${order.id}?fields=id,fulfillments.id`, { headers: admin })).json()
      const taken = await fetch(`${backendUrl}/admin/orders/${order.id}/fulfillments/${withFulfillment.fulfillments[0].id}/mark-as-delivered`, {
        method: "POST",
        headers: admin,
        body: "{}",
      })
      expect(taken.status).toBe(200)
    }
    for (const page of Object.values(pages)) expect(stepsOn(await page())).toEqual([...handedOver, "delivered: Sudah diambil"])
  })

  it("offers 'kabari saya' on a sold-out product without JavaScript, keeps one wait per address, refuses a bad one, and says to order once it is back", async () => {
    const { storefrontUrl } = readStackJson()
    const { api } = await demoProducer()
    const { products } = await api("/producer/products?curation_state=approved")
    const { stock } = await api("/producer/stock")
    type Row = { product_id: string; variant_id: string; stocked_quantity: number; reserved_quantity: number }
    // A product nobody has ordered (stock cannot go below what is reserved) and with no harvest coming (that keeps it buyable at 0).
    let chosen: { handle: string; rows: Row[] } | undefined
    for (const product of products as Array<{ id: string; handle: string }>) {
      const rows = (stock as Row[]).filter((row) => row.product_id === product.id)
      if (!rows.length || rows.some((row) => row.reserved_quantity > 0 || row.stocked_quantity === 0)) continue
      if ((await api(`/producer/products/${product.id}/harvest`)).harvest !== null) continue
      chosen = { handle: product.handle, rows }
      break
    }
    expect(chosen).toBeDefined()
    const setStock = (units?: number) =>
      api(`/producer/products/${chosen!.rows[0].product_id}/stock`, {
        method: "POST",
        body: JSON.stringify({ variants: chosen!.rows.map((row) => ({ variant_id: row.variant_id, stocked_quantity: units ?? row.stocked_quantity })) }),
      })
    const page = async (path: string) => normaliseSpaces(await (await fetch(`${storefrontUrl}${path}`)).text())
    const path = `/produk/${chosen!.handle}`
    expect(await page(path)).not.toContain('id="kabari"')

    await setStock(0)
    try {
      await expect.poll(() => page(path), { timeout: 10_000 }).toContain("Stok habis? Kami kabari saat tersedia lagi")
      expect(await page(path)).toMatch(new RegExp(`<form method="post" action="${path}/kabari"`))
      const bad = await post(`${path}/kabari`, { email: "bukan-email" })
      expect(bad.headers.get("location")).toBe(`${path}?galat=stock_alert_email#kabari`)
      expect(await page(`${path}?galat=stock_alert_email`)).toContain("Tulis alamat email yang benar.")
      const asked = await post(`${path}/kabari`, { email: "tunggu@contoh.id" })
      expect(asked.headers.get("location")).toBe(`${path}?kabari=ok#kabari`)
      expect(await page(`${path}?kabari=ok`)).toContain("Siap! Kami kirim email saat produk ini tersedia lagi.")
      // A second tap, in capitals: the same answer, still one wait.
      expect((await post(`${path}/kabari`, { email: "TUNGGU@contoh.id" })).headers.get("location")).toBe(`${path}?kabari=ok#kabari`)
      const english = await post(`/en${path}/kabari`, { email: "wait@example.com" })
      expect(english.headers.get("location")).toBe(`/en${path}?kabari=ok#kabari`)
      expect(await page(`/en${path}?kabari=ok`)).toContain("Done! We will email you when this product is back.")
    } finally {
      await setStock()
    }
    // Back on the shelf: the form is gone, and a late ask is told to order now.
    await expect.poll(() => page(path), { timeout: 10_000 }).not.toContain('<form method="post" action="' + path + '/kabari"')
    const late = await post(`${path}/kabari`, { email: "telat@contoh.id" })
    expect(late.headers.get("location")).toBe(`${path}?galat=stock_alert_in_stock#kabari`)
    expect(await page(`${path}?galat=stock_alert_in_stock`)).toContain("Produk ini sudah tersedia lagi: langsung pesan saja.")
  })

  it("lets a guest cancel an unpaid order from the link in the confirmation, with a reason, and nobody holding only the order's id", async () => {
    const { storefrontUrl } = readStackJson()
    const { featured, cookie } = await cartWithFirstListedProduct()
    // "Terjual N" on the product's page counts the units of orders that stand.
    const soldNow = async () =>
      Number(normaliseSpaces(await (await fetch(`${storefrontUrl}/produk/${featured.handle}`)).text()).match(/Terjual (\d+)/)?.[1] ?? 0)
    const soldBefore = await soldNow()
    const address = { email: "tamu@contoh.id", first_name: "Tamu", last_name: "Pembeli", phone: "0812 3333 4444", address_1: "Jalan Ahmad Yani No. 2" }
    const place = { desa: "Sidoharjo", kecamatan: "Pacitan", kabupaten: "Pacitan", provinsi: "Jawa Timur", postal_code: "63514" }
    expect((await post("/checkout/alamat", { ...address, ...place }, cookie)).headers.get("location")).toBe("/checkout/pengiriman")
    const delivery = await (await fetch(`${storefrontUrl}/checkout/pengiriman`, { headers: { cookie } })).text()
    const optionId = delivery.match(/name="shipping_option_id" value="(so_[0-9A-Z]+)" checked/)![1]
    const link = (await post("/checkout/pesan", { shipping_option_id: optionId, payment_method: "transfer" }, cookie)).headers.get("location")!
    expect(link).toMatch(ORDER_LINK)
    const { pathname, searchParams } = new URL(link, storefrontUrl)
    const orderId = pathname.split("/").pop()!
    const key = searchParams.get("kunci")!
    const page = async (path: string) => {
      const response = await fetch(`${storefrontUrl}${path}`)
      return { status: response.status, text: normaliseSpaces(await response.text()), referrer: response.headers.get("referrer-policy") }
    }
    await expect.poll(soldNow, { timeout: 10_000, interval: 500 }).toBe(soldBefore + 1)
    const opened = await page(link)
    expect(opened.status).toBe(200)
    // The key never leaves for another site: a link away sends only the shop's origin as its Referer.
    expect(opened.referrer).toBe("strict-origin-when-cross-origin")
    expect(opened.text).toMatch(/<summary[^>]*>Batalkan pesanan<\/summary>/)
    // The id alone, or another order's key, shows nothing and cancels nothing.
    const wrongKey = `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`
    for (const path of [`/pesanan/${orderId}`, `/pesanan/${orderId}?kunci=${wrongKey}`, `/en/pesanan/${orderId}`]) expect((await page(path)).status).toBe(404)
    const forged = await post(`/pesanan/${orderId}/batal`, { kunci: wrongKey, alasan: "changed_mind" })
    expect(new URL(forged.headers.get("location")!, storefrontUrl).searchParams.get("galat")).toBe("cancel_link")
    const noReason = await post(`/pesanan/${orderId}/batal`, { kunci: key, alasan: "" })
    expect(new URL(noReason.headers.get("location")!, storefrontUrl).searchParams.get("galat")).toBe("cancel_reason")
    expect((await page(link)).text).not.toMatch(/Pesanan #\d+ dibatalkan|Dibatalkan oleh/)

    // Two taps on "cancel" (or two tabs): both land on the canceled order, in English too.
    const taps = await Promise.all(["/pesanan", "/en/pesanan"].map((base) => post(`${base}/${orderId}/batal`, { kunci: key, alasan: "changed_mind" })))
    for (const tap of taps) expect(new URL(tap.headers.get("location")!, storefrontUrl).searchParams.get("batal")).toBe("ok")
    const canceled = await page(link)
    expect(canceled.text).toMatch(/Pesanan #\d+ dibatalkan/)
    expect(canceled.text).toContain("Dibatalkan oleh pembeli: Berubah pikiran.")
    expect(canceled.text).not.toMatch(/<summary[^>]*>Batalkan pesanan<\/summary>/)
    expect((await page(`/en${link}`)).text).toContain("Cancelled by the buyer: Changed my mind.")
    await expect.poll(soldNow, { timeout: 10_000, interval: 500 }).toBe(soldBefore)
  })

  it("pays by QRIS through Midtrans with plain forms: the order is placed, its page links to Snap's page to pay, and says paid once Midtrans confirms", async () => {
    const { storefrontUrl, backendUrl } = readStackJson()
    const { cookie } = await cartWithFirstListedProduct()
    const address = {
      email: "rina@contoh.id",
      first_name: "Rina",
      last_name: "Lestari",
      phone: "0812 7777 8888",
      address_1: "Jalan Ahmad Yani No. 9",
      desa: "Sidoharjo",
      kecamatan: "Pacitan",
      kabupaten: "Pacitan",
      provinsi: "Jawa Timur",
      postal_code: "63514",
    }
    expect((await post("/checkout/alamat", address, cookie)).headers.get("location")).toBe("/checkout/pengiriman")
    const delivery = normaliseSpaces(await (await fetch(`${storefrontUrl}/checkout/pengiriman`, { headers: { cookie } })).text())
    expect(delivery).toContain("QRIS, virtual account atau e-wallet")
    const optionId = delivery.match(/name="shipping_option_id" value="(so_[0-9A-Z]+)" checked/)![1]
    const placed = await post("/checkout/pesan", { shipping_option_id: optionId, payment_method: "midtrans" }, cookie)
    const confirmation = placed.headers.get("location")!
    expect(confirmation).toMatch(ORDER_LINK)
    const orderPage = async () => normaliseSpaces(await (await fetch(`${storefrontUrl}${confirmation}`)).text())
    const unpaid = await orderPage()
    const payUrl = unpaid.match(/<a class="pay" href="([^"]+)"/)?.[1]
    expect(payUrl).toMatch(new RegExp(`^${fakeMidtrans.url}/snap/v4/redirection/`))
    expect(unpaid).toContain("Bayar sekarang")

    // The buyer pays by QRIS on Snap's page; Midtrans notifies the backend, which asks Midtrans and records it.
    const snapOrderId = fakeMidtrans.snapRequests.at(-1)!.transaction_details.order_id
    fakeMidtrans.pay(snapOrderId, "qris")
    expect((await fakeMidtrans.deliver(fakeMidtrans.notification(snapOrderId), backendUrl)).status).toBe(200)
    await expect.poll(orderPage, { timeout: 20_000, interval: 500 }).toContain("Pembayaran sudah diterima.")
  })

  it("keeps a buyer's checkout as they left it: a refused address comes back filled, each delivery shows its grand total, a refused choice stays chosen, two taps make one order", async () => {
    const { storefrontUrl } = readStackJson()
    const featured = await firstListedProduct()
    const product = await (await fetch(`${storefrontUrl}/produk/${featured.handle}`)).text()
    const variantId = product.match(/name="variant_id" value="(variant_[0-9A-Z]+)"/)![1]
    const added = await post("/keranjang/tambah", { variant_id: variantId, quantity: "2" })
    const jar = new Map(added.headers.getSetCookie().map((value) => value.split(";")[0].split("=") as [string, string]))
    const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ")
    const keep = (response: Response) => response.headers.getSetCookie().forEach((value) => jar.set(...(value.split(";")[0].split("=") as [string, string])))
    const page = async (path: string) => normaliseSpaces(await (await fetch(`${storefrontUrl}${path}`, { headers: { cookie: cookie() } })).text())
    const surabaya = {
      email: "budi@contoh.id",
      first_name: "Budi",
      last_name: "Santoso",
      phone: "0813 2222 3333",
      address_1: "Jalan Pemuda No. 10",
      desa: "Embong Kaliasin",
      kecamatan: "Genteng",
      kabupaten: "Surabaya",
      provinsi: "Jawa Timur",
      postal_code: "60271",
    }

    // A phone number the shop cannot read: the form comes back as typed, saying what a number looks like.
    const refusedAddress = await post("/checkout/alamat", { ...surabaya, phone: "12345" }, cookie())
    keep(refusedAddress)
    expect(refusedAddress.headers.get("location")).toBe("/checkout?galat=fields%3Aphone")
    const again = await page("/checkout?galat=fields%3Aphone")
    for (const typed of [surabaya.address_1, surabaya.desa, surabaya.kecamatan, surabaya.kabupaten, surabaya.postal_code, "12345"])
      expect(again).toContain(`value="${typed}"`)
    expect(again).toContain(escapeHtml(`Periksa lagi: ${id["checkout.phone"]} (${id["checkout.hint.phone"]}).`))

    const saved = await post("/checkout/alamat", surabaya, cookie())
    keep(saved)
    expect(saved.headers.get("location")).toBe("/checkout/pengiriman")
    const delivery = await page("/checkout/pengiriman")
    const goods = Number(delivery.match(/Subtotal produk: Rp ([\d.]+)/)![1].replace(/\./g, ""))
    // Astro marks elements of a component with scoped styles (data-astro-cid-…): tags are matched with their attributes.
    const choices = [
      ...delivery.matchAll(
        /value="(so_[0-9A-Z]+)"([^>]*)>\s*<span[^>]*>\s*<strong[^>]*>([^<]+)<\/strong> · ([^<]+?)\s*(?:<b class="grand"[^>]*>([^<]+)<\/b>)?\s*</g
      ),
    ].map(([, optionId, attributes, name, price, grand]) => ({
      optionId,
      available: !attributes.includes("disabled"),
      name,
      amount: price.startsWith("Rp") ? Number(price.slice(3).replace(/\./g, "")) : 0,
      grand,
    }))
    expect(choices.length).toBeGreaterThanOrEqual(2)
    const expedition = choices.find((choice) => choice.name.startsWith("Ekspedisi"))!
    expect(expedition.available).toBe(true)
    expect(expedition.amount).toBeGreaterThan(0)
    // Before "place order": the total with each delivery, in rupiah.
    for (const choice of choices.filter((choice) => choice.available)) expect(choice.grand, choice.name).toBe(`Total bayar ${rupiah(goods + choice.amount)}`)

    // Cash on delivery does not go with an expedition: refused, and the buyer's choices stay as they were.
    const refused = await post("/checkout/pesan", { shipping_option_id: expedition.optionId, payment_method: "cod" }, cookie())
    const back = new URL(refused.headers.get("location")!, storefrontUrl)
    expect(back.pathname).toBe("/checkout/pengiriman")
    expect(Object.fromEntries(back.searchParams)).toEqual({ galat: "refused", pilih: expedition.optionId, bayar: "cod" })
    const backPage = await page(`${back.pathname}${back.search}`)
    expect(backPage).toContain(`value="${expedition.optionId}" checked`)
    expect(backPage).toMatch(/value="cod" checked/)
    // The goods alone: the expedition tried a moment ago is not in it.
    expect(backPage).toContain(`Subtotal produk: ${rupiah(goods)}`)

    // Two taps on "place order": one order, and both land on its confirmation.
    const taps = await Promise.all([0, 1].map(() => post("/checkout/pesan", { shipping_option_id: expedition.optionId, payment_method: "transfer" }, cookie())))
    const landings = taps.map((tap) => tap.headers.get("location"))
    expect(landings[0]).toMatch(ORDER_LINK)
    expect(landings[1]).toBe(landings[0])
    const confirmation = await page(landings[0]!)
    expect(confirmation).toMatch(/Terima kasih! Pesanan #\d+ diterima/)
    // A third tap, after the cart became the order, lands there too.
    const late = await post("/checkout/pesan", { shipping_option_id: expedition.optionId, payment_method: "transfer" }, cookie())
    expect(late.headers.get("location")).toBe(landings[0])
  })

  it.skipIf(!chromiumPath)(`shows the products in Chromium${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`, async () => {
    const browser = await launchChromium(chromiumPath!)
    try {
      const page = await browser.newPage()
      await page.goto(readStackJson().storefrontUrl)
      const cards = page.locator("article.product-card")
      await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(6)
      const featured = await firstListedProduct()
      // The first product may be a curator's pick too, so on the home page twice: either card will do.
      const card = page.locator(`article[data-handle="${featured.handle}"]`).first()
      expect(normaliseSpaces(await card.innerText())).toContain(featured.price)
      expect(await page.title()).toContain("Pasar Desa")

      // A cheap phone: 360 px wide, nothing may stick out sideways.
      await page.setViewportSize({ width: 360, height: 740 })
      await page.goto(`${readStackJson().storefrontUrl}/produk/${featured.handle}`)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow).toBe(0)
    } finally {
      await browser.close()
    }
  })

  it("guards every answer against other sites: a script policy without inline code, no framing, no sniffing, a referrer policy", async () => {
    const { storefrontUrl, backendUrl } = readStackJson()
    const featured = await firstListedProduct()
    const pages = ["/", `/produk/${featured.handle}`, "/cari?q=keripik", "/keranjang", "/checkout", "/akun", "/panel/masuk", "/en"]
    for (const pagePath of pages) {
      const response = await fetch(`${storefrontUrl}${pagePath}`)
      expect(response.status, pagePath).toBe(200)
      expect(response.headers.get("x-content-type-options"), pagePath).toBe("nosniff")
      expect(response.headers.get("referrer-policy"), pagePath).toBe("strict-origin-when-cross-origin")
      const policy = directivesOf(response.headers.get("content-security-policy"))
      expect(policy.get("frame-ancestors"), pagePath).toEqual(["'none'"])
      expect(policy.get("object-src"), pagePath).toEqual(["'none'"])
      expect(policy.get("base-uri"), pagePath).toEqual(["'self'"])
      expect(policy.get("form-action"), pagePath).toEqual(["'self'"])
      // Scripts from this site or hashed at build time, never arbitrary inline code.
      expect(policy.get("script-src"), pagePath).toContain("'self'")
      expect(policy.get("script-src"), pagePath).not.toContain("'unsafe-inline'")
      // Buyer pages show the backend's product images; the panel shows none.
      if (!pagePath.startsWith("/panel")) expect(policy.get("img-src"), pagePath).toContain(new URL(backendUrl).origin)
    }
    // Answers that are not pages (suggestions, robots) carry a policy too.
    for (const endpoint of ["/api/saran?q=ke", "/robots.txt"]) {
      const response = await fetch(`${storefrontUrl}${endpoint}`)
      expect(response.headers.get("x-content-type-options"), endpoint).toBe("nosniff")
      expect(directivesOf(response.headers.get("content-security-policy")).get("frame-ancestors"), endpoint).toEqual(["'none'"])
    }
  })

  it("refuses another site's form posts on the cart, checkout, account and panel, and keeps session cookies to this site", async () => {
    const { storefrontUrl, backendUrl, accounts } = readStackJson()
    for (const action of [
      "/keranjang/tambah",
      "/keranjang/ubah",
      "/checkout/alamat",
      "/checkout/pesan",
      "/akun/masuk",
      "/akun/daftar",
      "/panel/masuk",
      "/panel/stok",
    ]) {
      const crossSite = await fetch(`${storefrontUrl}${action}`, {
        method: "POST",
        redirect: "manual",
        headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
        body: "quantity=1&email=a%40b.id&password=x",
      })
      expect(crossSite.status, action).toBe(403)
    }
    // A body over 1 MB is refused before it is read, in the buyer's language.
    const huge = await fetch(`${storefrontUrl}/keranjang/tambah`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: storefrontUrl, "content-type": "application/x-www-form-urlencoded" },
      body: `quantity=1&note=${"a".repeat(1_100_000)}`,
    })
    expect(huge.status).toBe(413)
    expect(await huge.text()).toBe("Permintaan terlalu besar: paling banyak 1 MB.")
    // The coordinators' admin session cookie: HttpOnly and never sent along with another site's requests.
    const coordinator = accounts.find((account) => account.role === "coordinator")!
    const token = await signInForToken(backendUrl, "user", coordinator)
    const session = await fetch(`${backendUrl}/auth/session`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
    const cookie = session.headers.getSetCookie().find((value) => value.startsWith("connect.sid="))!
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    // Nor may another site's script read the admin API with it: CORS names only our own origins.
    const preflight = await fetch(`${backendUrl}/admin/products`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "GET" },
    })
    expect(preflight.headers.get("access-control-allow-origin")).not.toBe("https://evil.example")
  })

  it.skipIf(!chromiumPath)(
    `runs every script of the buyer pages under that policy in Chromium and blocks an injected one${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const browser = await launchChromium(chromiumPath!)
      try {
        const page = await browser.newPage()
        await page.addInitScript(() => {
          const seen: string[] = []
          Object.assign(window, { cspViolations: seen })
          document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`))
        })
        const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
        const featured = await firstListedProduct()
        for (const pagePath of ["/", `/produk/${featured.handle}`, "/cari?q=keripik", "/keranjang", "/en"]) {
          await page.goto(`${readStackJson().storefrontUrl}${pagePath}`, { waitUntil: "networkidle" })
          expect(await violations(), pagePath).toEqual([])
        }
        // The search box is an island: it hydrated (its script ran) under the policy.
        await page.goto(`${readStackJson().storefrontUrl}/cari`, { waitUntil: "networkidle" })
        await expect.poll(() => page.locator("astro-island[ssr]").count()).toBe(0)
        // What an attacker might slip into a page does not run.
        const ran = await page.evaluate(() => {
          const script = document.createElement("script")
          script.textContent = "window.injected = true"
          document.head.append(script)
          return (window as unknown as { injected?: boolean }).injected ?? false
        })
        expect(ran).toBe(false)
        await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/))
      } finally {
        await browser.close()
      }
    }
  )

  it.skipIf(!chromiumPath)(`suggests products as the buyer types in the search box${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`, async () => {
    const browser = await launchChromium(chromiumPath!)
    try {
      const page = await browser.newPage()
      await page.goto(`${readStackJson().storefrontUrl}/cari?q=madu`)
      // Opened with words: their results are on the page, no suggestions until the buyer types.
      await page.waitForSelector("astro-island:not([ssr])")
      expect(await page.locator("ul.suggestions").count()).toBe(0)
      await page.locator(".suggest input").fill("kopi")
      const suggestions = page.locator("ul.suggestions a")
      await expect.poll(() => suggestions.count(), { timeout: 5_000 }).toBeGreaterThan(0)
      expect(await suggestions.first().innerText()).toMatch(/kopi/i)
      expect(await suggestions.first().getAttribute("href")).toMatch(/^\/produk\/[a-z0-9-]+$/)
      // Keyboard: down into the list and along it, up back to the box, Escape closes the list.
      const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute("href") ?? document.activeElement?.tagName)
      const box = page.locator(".suggest input")
      await box.press("ArrowDown")
      expect(await focused()).toBe(await suggestions.nth(0).getAttribute("href"))
      if ((await suggestions.count()) > 1) {
        await page.keyboard.press("ArrowDown")
        expect(await focused()).toBe(await suggestions.nth(1).getAttribute("href"))
        await page.keyboard.press("ArrowUp")
      }
      await page.keyboard.press("ArrowUp")
      expect(await focused()).toBe("INPUT")
      await box.press("ArrowDown")
      await page.keyboard.press("Escape")
      expect(await page.locator("ul.suggestions").count()).toBe(0)
      expect(await focused()).toBe("INPUT")
    } finally {
      await browser.close()
    }
  })

  it.skipIf(!chromiumPath)(
    `buys in Chromium: search, product, cart, checkout by bank transfer, confirmation with the transfer code, order in the account${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      await shopInChromium(true, { firstName: "Wulan", lastName: "Sari", email: "wulan@contoh.id", password: "rahasia-wulan-1" })
    }
  )

  it.skipIf(!chromiumPath)(
    `pays by card in Chromium through Stripe's Payment Element (Stripe.js stood in offline), and shows a declined card's reason${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const featured = await firstListedProduct()
      const browser = await launchChromium(chromiumPath!)
      try {
        const page = await (await browser.newContext({ baseURL: readStackJson().storefrontUrl })).newPage()
        await stripeInBrowser(page, fakeStripe.url)
        await page.goto(`/produk/${featured.handle}`)
        const price = await addToCart(page)
        await goToCheckout(page)
        await page.getByLabel("Email").fill("rina@contoh.id")
        await page.getByLabel("Nama depan").fill("Rina")
        await fillAddress(page, { phone: "0812-9876-5432", street: "Jalan Gatot Subroto 12", desa: "Sidoharjo", kecamatan: "Pacitan", postalCode: "63514" })
        await page.getByRole("radio", { name: /^Ambil di Pusat OK OCE/ }).check()
        await page.getByRole("radio", { name: /^Kartu debit\/kredit/ }).check()
        await page.getByRole("button", { name: "Buat pesanan" }).click()
        await page.waitForURL((url) => url.pathname !== "/checkout/pengiriman" || url.search.includes("galat"))
        expect(new URL(page.url()).pathname, await mainText(page)).toBe("/checkout/kartu")
        expect(await mainText(page)).toContain(`Jumlah: ${rupiah(price)}`)

        // A declined card: Stripe's reason on the page, no order, the buyer may try again.
        await page.getByLabel("Nomor kartu").fill("4000 0000 0000 0002")
        await page.getByRole("button", { name: "Bayar sekarang" }).click()
        await expect.poll(() => page.getByRole("alert").innerText()).toContain("Pembayaran kartu gagal: Your card was declined.")
        expect(new URL(page.url()).pathname).toBe("/checkout/kartu")

        await page.getByLabel("Nomor kartu").fill("4242 4242 4242 4242")
        await page.getByRole("button", { name: "Bayar sekarang" }).click()
        await page.waitForURL((url) => /^\/pesanan\/order_[0-9A-Z]+$/.test(url.pathname))
        const confirmation = await mainText(page)
        expect(confirmation).toContain(`Total: ${rupiah(price)}`)
        expect(confirmation).toContain("Dibayar dengan kartu.")
        // The intent the browser confirmed is the order's: rupiah in Stripe's two-decimal unit, held for capture.
        const intent = fakeStripe.paymentIntent(fakeStripe.events.at(-1)!.data.object.id)
        expect(intent).toMatchObject({ currency: "idr", amount: price * 100, status: "requires_capture" })
      } finally {
        await browser.close()
      }
    }
  )

  it.skipIf(!chromiumPath)(`buys the same way in Chromium with JavaScript turned off${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`, async () => {
    await shopInChromium(false, { firstName: "Joko", lastName: "Susilo", email: "joko@contoh.id", password: "rahasia-joko-1" })
  })

  it.skipIf(!chromiumPath)(
    `has no axe-core accessibility violations on any buyer page, in both languages${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")
      const { storefrontUrl } = readStackJson()
      const featured = await firstListedProduct()
      const product = await (await fetch(`${storefrontUrl}/produk/${featured.handle}`)).text()
      const producer = product.match(/href="(\/produsen\/[a-z0-9-]+)"/)![1]
      const village = product.match(/href="(\/desa\/[a-z0-9-]+)"/)![1]
      const pages = [
        "/",
        "/produk",
        "/cari?q=gula",
        `/produk/${featured.handle}`,
        producer,
        village,
        "/kecamatan/donorojo",
        "/keranjang",
        "/checkout",
        "/akun",
        "/akun/lupa-sandi",
        "/akun/atur-ulang-sandi?token=contoh&email=pembeli%40contoh.id",
        "/privasi",
      ]
      const browser = await launchChromium(chromiumPath!)
      try {
        const page = await browser.newPage()
        const found: Record<string, string[]> = {}
        const audit = async (name: string) => {
          // Evaluated through the browser's debugging protocol, which the page's content policy (no inline scripts) does not govern.
          await page.evaluate(axeSource)
          const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string }> }> } }).axe
            return (await axe.run(document)).violations.map((violation) => violation.id)
          })
          if (violations.length) found[name] = violations
        }
        for (const path of [...pages, ...pages.map((path) => (path === "/" ? "/en/" : `/en${path}`))]) {
          await page.goto(`${storefrontUrl}${path}`)
          await audit(path)
        }
        // The search box's suggestions exist only once someone types: audit the page with them open too.
        await page.goto(`${storefrontUrl}/cari`)
        // Astro drops `ssr` from the island once React has taken over the input (it hydrates when the page is idle).
        await page.locator("astro-island:not([ssr])").waitFor({ state: "attached" })
        await page.getByRole("main").getByRole("searchbox").pressSequentially("gula")
        await page.getByRole("list", { name: "Cari produk desa" }).getByRole("link").first().waitFor()
        await audit("/cari with suggestions open")
        expect(found).toEqual({})
      } finally {
        await browser.close()
      }
    }
  )

  /** Headers of the demo coordinator, signed in to the admin API. */
  async function adminHeaders() {
    const { backendUrl, accounts } = readStackJson()
    return coordinatorHeaders(backendUrl, accounts)
  }

  /** The first demo producer's login, and a token for reading their records straight from the producer API. */
  /** A buyer who registers through the storefront's form: their session cookie, and a token for the backend. */
  async function registeredBuyer(buyer: { first_name: string; last_name: string; email: string; password: string }) {
    const { backendUrl } = readStackJson()
    const cookie = (await post("/akun/daftar", buyer)).headers
      .getSetCookie()
      .find((value) => value.startsWith("pd_session="))!
      .split(";")[0]
    const signIn = await fetch(`${backendUrl}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: buyer.email, password: buyer.password }),
    })
    const { token } = (await signIn.json()) as { token: string }
    return { cookie, token }
  }

  /** The producer's part of a buyer's order, once the order has reached their panel. */
  async function producerPartOf(api: (path: string) => Promise<any>, order: { display_id: number }) {
    let part: { id: string } | undefined
    await expect
      .poll(
        async () => {
          const { orders } = await api("/producer/orders?limit=50")
          part = orders.find((candidate: { order: { display_id: number } }) => candidate.order.display_id === order.display_id)
          return Boolean(part)
        },
        { timeout: 10_000 }
      )
      .toBe(true)
    return part!
  }

  async function demoProducer() {
    const { backendUrl, accounts } = readStackJson()
    const login = accounts.find((account) => account.role === "producer")!
    const headers = bearerHeaders(await signInForToken(backendUrl, "producer", login))
    const api = async (path: string, init: RequestInit = {}) => (await fetch(`${backendUrl}${path}`, { ...init, headers })).json()
    return { login, api }
  }

  it("keeps the producer panel private: signed out it leads to /panel/masuk, and no panel answer may be stored", async () => {
    const { storefrontUrl } = readStackJson()
    for (const path of PANEL_PAGES) {
      const response = await fetch(`${storefrontUrl}${path}`, { redirect: "manual" })
      expect(response.status).toBe(303)
      expect(response.headers.get("location")).toBe("/panel/masuk")
      expect(response.headers.get("cache-control")).toBe("private, no-store")
    }
    const form = await fetch(`${storefrontUrl}/panel/masuk`)
    expect(form.headers.get("cache-control")).toBe("private, no-store")
    const { login } = await demoProducer()
    const wrong = await post("/panel/masuk", { email: login.email, password: "bukan-sandinya" })
    expect(wrong.status).toBe(303)
    const flash = wrong.headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ")
    expect(await (await fetch(`${storefrontUrl}/panel/masuk`, { headers: { cookie: flash } })).text()).toContain("Email atau kata sandi salah.")
  })

  it("counts panel login failures per visitor: an address that guessed too often is stopped, another producer elsewhere still signs in", async () => {
    const { storefrontUrl, accounts } = readStackJson()
    const producer = accounts.filter((account) => account.role === "producer")[1]
    const { request } = await import("node:http")
    const { port } = new URL(storefrontUrl)
    /** The panel's login form posted from a given loopback address, as two visitors on two networks would. */
    const signInFrom = (localAddress: string, form: Record<string, string>) =>
      new Promise<{ location: string | undefined; cookie: string }>((resolve, reject) => {
        const body = new URLSearchParams(form).toString()
        const headers = {
          host: new URL(storefrontUrl).host,
          origin: storefrontUrl,
          "content-type": "application/x-www-form-urlencoded",
          "content-length": String(Buffer.byteLength(body)),
        }
        request({ host: "127.0.0.1", port, path: "/panel/masuk", method: "POST", localAddress, headers }, (response) => {
          response.resume()
          const cookie = (response.headers["set-cookie"] ?? []).map((value) => value.split(";")[0]).join("; ")
          response.on("end", () => resolve({ location: response.headers.location, cookie }))
        })
          .on("error", reject)
          .end(body)
      })
    // Eleven wrong guesses from one address, each at another email: only that address's count runs out.
    for (let attempt = 0; attempt < 11; attempt++) {
      await signInFrom("127.0.0.2", { email: `tebakan-${attempt}@contoh.id`, password: "bukan-sandinya" })
    }
    const stopped = await signInFrom("127.0.0.2", { email: producer.email, password: producer.password })
    expect(stopped.location).toBe("/panel/masuk")
    expect(await (await fetch(`${storefrontUrl}/panel/masuk`, { headers: { cookie: stopped.cookie } })).text()).toContain("Terlalu banyak")
    // The storefront passes each visitor's address on: the same producer elsewhere is not locked out with the guesser.
    expect((await signInFrom("127.0.0.1", { email: producer.email, password: producer.password })).location).toBe("/panel")
  })

  it("serves tiny panel pages: no script, each under 6 KB gzip", async () => {
    const { storefrontUrl } = readStackJson()
    const { login } = await demoProducer()
    const signedIn = await post("/panel/masuk", { email: login.email, password: login.password })
    expect(signedIn.headers.get("location")).toBe("/panel")
    const cookie = signedIn.headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ")
    for (const path of [...SIGNED_OUT_PANEL_PAGES, ...PANEL_PAGES]) {
      const page = await transferredBytes(`${storefrontUrl}${path}`, cookie)
      expect(page, path).toMatchObject({ status: 200, encoding: "gzip", cacheControl: "private, no-store" })
      expect(page.bytes, path).toBeLessThan(6_000)
      expect(await (await fetch(`${storefrontUrl}${path}`, { headers: { cookie } })).text(), path).not.toContain("<script")
    }
  })

  it.skipIf(!chromiumPath)(
    `lets a producer on a 360 px phone sign in and set a variant to 0, and buyers see "Stok habis" within seconds${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const { storefrontUrl } = readStackJson()
      const { login, api } = await demoProducer()
      // A listed product with no harvest coming: a harvest opens pre-orders, which would keep it buyable at 0.
      const { products } = await api("/producer/products?curation_state=approved")
      const { stock } = await api("/producer/stock")
      // A variant nobody has ordered yet: stock cannot be set below what buyers already reserved (earlier tests order some).
      const candidates = stock.filter(
        (row: { product_id: string; available_quantity: number; reserved_quantity: number }) =>
          row.available_quantity > 0 && row.reserved_quantity === 0 && products.some((product: { id: string }) => product.id === row.product_id)
      )
      let chosen: { product_id: string; product_title: string; variant_id: string; variant_title: string } | undefined
      for (const row of candidates) {
        if ((await api(`/producer/products/${row.product_id}/harvest`)).harvest === null) {
          chosen = row
          break
        }
      }
      expect(chosen).toBeDefined()
      const handle = products.find((product: { id: string }) => product.id === chosen!.product_id).handle
      const browser = await launchChromium(chromiumPath!)
      try {
        const context = await browser.newContext({ baseURL: storefrontUrl, viewport: { width: 360, height: 740 } })
        const page = await context.newPage()
        const variantStock = page.locator(`label.variant:has(input[value="${chosen!.variant_id}"]) .stock`)
        await page.goto(`/produk/${handle}`)
        expect(await variantStock.innerText()).not.toBe("Stok habis")

        const panel = await context.newPage()
        await signInToPanel(panel, login)
        await setStockInPanel(panel, `${chosen!.product_title} · ${chosen!.variant_title}`, 0)
        expect(await panel.getByRole("status").innerText()).toBe("Jumlah stok disimpan.")

        // The catalogue page cache follows the catalogue revision, which a stock change moves on.
        await expect
          .poll(
            async () => {
              await page.goto(`/produk/${handle}`)
              return variantStock.innerText()
            },
            { timeout: 10_000, interval: 500 }
          )
          .toBe("Stok habis")
      } finally {
        await browser.close()
      }
    }
  )

  it.skipIf(!chromiumPath)(
    `brings a buyer's order to the producer's phone: today's order on the dashboard, then accept, pack and ship with a tracking number${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const { storefrontUrl, backendUrl, publishableKey } = readStackJson()
      const { login, api } = await demoProducer()
      const { products } = await api("/producer/products?curation_state=approved")
      const { stock } = await api("/producer/stock")
      const row = stock.find(
        (candidate: { product_id: string; available_quantity: number }) =>
          candidate.available_quantity >= 2 && products.some((product: { id: string }) => product.id === candidate.product_id)
      )
      expect(row).toBeDefined()
      const order = await placeStoreOrder(backendUrl, publishableKey, [{ variant_id: row.variant_id, quantity: 2 }])
      const browser = await launchChromium(chromiumPath!)
      try {
        const context = await browser.newContext({ baseURL: storefrontUrl, viewport: { width: 360, height: 740 } })
        const page = await context.newPage()
        await signInToPanel(page, login)
        // The order reaches the producer through the order.placed subscriber: a moment after checkout.
        await expect
          .poll(
            async () => {
              await page.goto("/panel")
              return page.getByRole("main").innerText()
            },
            { timeout: 10_000, interval: 500 }
          )
          .toContain(`#${order.display_id}`)
        expect(await page.getByRole("main").innerText()).toContain(`2 × ${row.product_title}`)

        await page.getByRole("link", { name: "Lihat pesanan" }).click()
        const card = page.locator("section.kartu").filter({ has: page.getByRole("heading", { name: new RegExp(`^Pesanan #${order.display_id} `) }) })
        expect(await card.getByRole("heading").innerText()).toBe(`Pesanan #${order.display_id} · Baru`)
        expect(await card.getByRole("link", { name: "WhatsApp pembeli" }).getAttribute("href")).toMatch(/^https:\/\/wa\.me\/6281298765432\?text=/)
        // Working through the "Baru" tab: after each step the order is still in view, on the tab of its new status.
        await page.getByRole("link", { name: "Baru", exact: true }).click()
        for (const [button, heading, status] of [
          ["Terima pesanan", "Diterima", "accepted"],
          ["Sudah dikemas", "Dikemas", "packed"],
        ]) {
          await Promise.all([
            page.waitForURL((url) => url.pathname === "/panel/pesanan" && url.searchParams.get("status") === status),
            card.getByRole("button", { name: button }).click(),
          ])
          expect(await card.getByRole("heading").innerText()).toBe(`Pesanan #${order.display_id} · ${heading}`)
          expect(new URL(page.url()).hash).toBe(`#o-${await card.getAttribute("aria-labelledby").then((label) => label!.slice(2))}`)
        }
        // Packing took the two units off the producer's shelf (Medusa's fulfillment at their location).
        const after = (await api("/producer/stock")).stock.find((candidate: { variant_id: string }) => candidate.variant_id === row.variant_id)
        expect(after.stocked_quantity).toBe(row.stocked_quantity - 2)

        await card.getByLabel("Nomor resi atau nama kurir").fill("JNE 0123456789")
        await Promise.all([page.waitForURL((url) => url.pathname === "/panel/pesanan"), card.getByRole("button", { name: "Kirim dengan nomor resi" }).click()])
        expect(await page.getByRole("status").innerText()).toBe("Pesanan ditandai sudah dikirim.")
        expect(await card.innerText()).toContain("Resi / kurir: JNE 0123456789")
        expect(await card.getByRole("button").count()).toBe(0)
      } finally {
        await browser.close()
      }
    }
  )

  it.skipIf(!chromiumPath)(
    `lets a producer on a 360 px phone without JavaScript add a camera photo to a product (served without its GPS), read the week's sales, and decline an order they cannot fill, its stock back on the shelf${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const { storefrontUrl, backendUrl, publishableKey } = readStackJson()
      const { login, api } = await demoProducer()
      const { product } = await api("/producer/products", {
        method: "POST",
        body: JSON.stringify({
          title: "Keripik Pisang Foto Kamera",
          description: "Keripik pisang kepok dari kebun sendiri, digoreng tipis dan renyah.",
          variants: [{ title: "200 g", price: 12000 }],
          compliance: {
            product_type: "processed_food",
            licence: "pirt",
            net_quantity: "200 g",
            ingredients: "Pisang kepok, minyak kelapa",
            shelf_life_days: 60,
          },
        }),
      })
      // What a phone camera writes: where the photo was taken, in its EXIF.
      const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#c8a040" } })
        .jpeg()
        .withExif({ IFD3: { GPSLatitudeRef: "S", GPSLatitude: "8/1 11/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "111/1 6/1 0/1" } })
        .toBuffer()
      expect((await sharp(photo).metadata()).exif).toBeDefined()
      const { products } = await api("/producer/products?curation_state=approved")
      const { stock } = await api("/producer/stock")
      const row = stock.find(
        (candidate: { product_id: string; available_quantity: number }) =>
          candidate.available_quantity >= 1 && products.some((approved: { id: string }) => approved.id === candidate.product_id)
      )
      expect(row).toBeDefined()
      const order = await placeStoreOrder(backendUrl, publishableKey, [{ variant_id: row.variant_id, quantity: 1 }])
      const browser = await launchChromium(chromiumPath!)
      try {
        const context = await browser.newContext({ baseURL: storefrontUrl, viewport: { width: 360, height: 740 }, javaScriptEnabled: false })
        const page = await context.newPage()
        page.setDefaultTimeout(30_000)
        await signInToPanel(page, login)

        await page.goto(`/panel/produk/${product.id}`)
        await page.getByLabel(/^Tambah foto/).setInputFiles({ name: "IMG_20261207_081500.jpg", mimeType: "image/jpeg", buffer: photo })
        await Promise.all([page.waitForURL((url) => url.pathname === `/panel/produk/${product.id}`), page.getByRole("button", { name: "Unggah foto" }).click()])
        const shown = page.getByRole("img", { name: `Foto 1 ${product.title}` })
        await shown.waitFor()
        expect(await page.getByText("Foto utama", { exact: true }).count()).toBe(1)
        const served = Buffer.from(await (await fetch((await shown.getAttribute("src"))!)).arrayBuffer())
        expect((await sharp(served).metadata()).exif).toBeUndefined()
        expect(served.includes(Buffer.from("GPS"))).toBe(false)
        expect(await horizontalOverflow(page)).toBe(0)

        await page.goto("/panel/laporan")
        await page.getByLabel("Kelompokkan").selectOption("minggu")
        await Promise.all([
          page.waitForURL((url) => url.pathname === "/panel/laporan" && url.searchParams.get("periode") === "minggu"),
          page.getByRole("button", { name: "Tampilkan" }).click(),
        ])
        // The same range, asked of the backend: the page shows its figures.
        const range = new URL(page.url()).searchParams
        const week = await api(`/producer/reports/sales?period=week&from=${range.get("dari")}&to=${range.get("sampai")}`)
        expect(week.totals).toBeDefined()
        const summary = normaliseSpaces(await page.locator(".ringkas").innerText())
        expect(summary).toContain(`${week.totals.orders} pesanan`)
        expect(summary).toContain(`${week.totals.quantity} barang`)
        expect(summary).toContain(week.totals.amount.toLocaleString("id-ID"))
        expect(await horizontalOverflow(page)).toBe(0)

        // The order reaches the producer through the order.placed subscriber: a moment after checkout.
        const card = page.locator("section.kartu").filter({ has: page.getByRole("heading", { name: new RegExp(`^Pesanan #${order.display_id} `) }) })
        await expect
          .poll(
            async () => {
              await page.goto("/panel/pesanan")
              return card.count()
            },
            { timeout: 10_000, interval: 500 }
          )
          .toBe(1)
        await card.getByText("Tidak bisa memenuhi pesanan ini?").click()
        await card.getByLabel("Alasan", { exact: true }).selectOption("out_of_stock")
        await Promise.all([page.waitForURL((url) => url.pathname === "/panel/pesanan"), card.getByRole("button", { name: "Tolak pesanan" }).click()])
        expect(await page.getByRole("status").innerText()).toBe("Pesanan ditolak. Pembeli sudah diberi tahu.")
        const { orders } = await api("/producer/orders?status=declined&limit=50")
        const declined = orders.find((part: { order: { display_id: number } }) => part.order.display_id === order.display_id)
        expect({ status: declined.status, reason: declined.declined?.reason, canceled: declined.order.canceled }).toEqual({
          status: "declined",
          reason: "out_of_stock",
          canceled: true,
        })
        const after = (await api("/producer/stock")).stock.find((candidate: { variant_id: string }) => candidate.variant_id === row.variant_id)
        expect(after.available_quantity).toBe(row.available_quantity)
      } finally {
        await browser.close()
      }
    }
  )

  it.skipIf(!chromiumPath)(
    `lets a producer on a 360 px phone create a processed-food draft with its food facts, edit its name and price, and delete it after confirming${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const { storefrontUrl } = readStackJson()
      const { login, api } = await demoProducer()
      const browser = await launchChromium(chromiumPath!)
      try {
        const context = await browser.newContext({ baseURL: storefrontUrl, viewport: { width: 360, height: 740 } })
        const page = await context.newPage()
        await signInToPanel(page, login)
        await page.goto("/panel/produk")
        await page.getByLabel("Nama produk").fill("Keripik Tempe Uji Panel")
        await page.getByLabel("Keterangan (minimal 20 huruf)").fill("Keripik tempe renyah dari kedelai petani Pacitan.")
        await page.getByLabel("Berat/isi bersih").fill("200 g")
        await page.getByLabel("Komposisi").fill("Tempe, tepung beras, garam")
        await page.getByLabel("Masa simpan (hari)").fill("60")
        await page.getByLabel("Cara penyimpanan").fill("Simpan di tempat kering")
        const firstCategory = page.locator('input[name="category_ids"]').first()
        await firstCategory.check()
        const categoryId = await firstCategory.getAttribute("value")
        await page.getByLabel("Nama varian").first().fill("200 g")
        await page.getByLabel("Harga (Rp)").first().fill("12000")
        await Promise.all([page.waitForURL((url) => url.pathname === "/panel/produk"), page.getByRole("button", { name: "Simpan draf" }).click()])
        expect(await page.getByRole("status").innerText()).toBe("Draf produk dibuat. Ajukan ke kurator bila sudah siap.")
        const created = (await api("/producer/products?q=Keripik%20Tempe%20Uji%20Panel")).products[0]
        expect(created.product_compliance).toMatchObject({
          ingredients: "Tempe, tepung beras, garam",
          shelf_life_days: 60,
          storage: "Simpan di tempat kering",
          net_quantity: "200 g",
        })
        expect(created.categories.map((category: { id: string }) => category.id)).toEqual([categoryId])

        await Promise.all([
          page.waitForURL((url) => url.pathname === `/panel/produk/${created.id}`),
          page.getByRole("link", { name: "Ubah Keripik Tempe Uji Panel" }).click(),
        ])
        await page.getByLabel("Nama produk").fill("Keripik Tempe Pedas Uji Panel")
        await page.getByLabel("Harga (Rp)").fill("13500")
        await Promise.all([
          page.waitForURL((url) => url.pathname === `/panel/produk/${created.id}`),
          page.getByRole("button", { name: "Simpan perubahan" }).click(),
        ])
        expect(await page.getByRole("status").innerText()).toBe("Perubahan disimpan.")
        await page.goto("/panel/produk")
        const card = page.locator("section.kartu").filter({ has: page.getByRole("heading", { name: "Keripik Tempe Pedas Uji Panel", exact: true }) })
        expect(normaliseSpaces(await card.innerText())).toContain("200 g: Rp 13.500")

        // Deleting asks first, on a page of its own: "Batal" keeps the draft.
        await Promise.all([
          page.waitForURL((url) => url.pathname.endsWith("/hapus")),
          card.getByRole("link", { name: "Hapus draf Keripik Tempe Pedas Uji Panel" }).click(),
        ])
        expect(await page.getByRole("heading", { level: 2 }).innerText()).toBe("Hapus draf “Keripik Tempe Pedas Uji Panel”?")
        await Promise.all([page.waitForURL((url) => url.pathname === "/panel/produk"), page.getByRole("link", { name: "Batal" }).click()])
        expect(await card.count()).toBe(1)
        await Promise.all([
          page.waitForURL((url) => url.pathname.endsWith("/hapus")),
          card.getByRole("link", { name: "Hapus draf Keripik Tempe Pedas Uji Panel" }).click(),
        ])
        await Promise.all([page.waitForURL((url) => url.pathname === "/panel/produk"), page.getByRole("button", { name: "Ya, hapus draf" }).click()])
        expect(await page.getByRole("status").innerText()).toBe("Draf produk dihapus.")
        expect(await card.count()).toBe(0)
        expect((await api(`/producer/products/${created.id}`)).product).toBeUndefined()

        // An approved product's edit page says which changes send it back to the curator.
        const [approved] = (await api("/producer/products?curation_state=approved&limit=1")).products
        await page.goto(`/panel/produk/${approved.id}`)
        expect(await page.getByRole("main").innerText()).toContain(
          "Mengubah nama, keterangan, kategori, nama varian atau data pangannya mengirimnya kembali ke kurator"
        )
      } finally {
        await browser.close()
      }
    }
  )

  it.skipIf(!chromiumPath)(
    `lets a producer on a 360 px phone answer a curator's request: the reason beside the form, food facts, categories and variant names to fix, then sent back${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const { storefrontUrl, backendUrl, accounts } = readStackJson()
      const { login, api } = await demoProducer()
      const { product } = await api("/producer/products", {
        method: "POST",
        body: JSON.stringify({
          title: "Rengginang Uji Kurator",
          description: "Rengginang ketan dari petani Pacitan, dijemur dan digoreng renyah.",
          variants: [{ title: "sedang", price: 15000 }],
          compliance: { product_type: "processed_food", licence: "pirt", net_quantity: "250 g", ingredients: "Ketan", shelf_life_days: 30 },
        }),
      })
      expect((await api(`/producer/products/${product.id}/submit`, { method: "POST", body: "{}" })).product_curation?.state ?? "submitted").toBe("submitted")
      const coordinator = accounts.find((account) => account.role === "coordinator")!
      const token = await signInForToken(backendUrl, "user", coordinator)
      const reason = "Komposisi belum lengkap (garam? bawang?). Nama varian tulis berat bersihnya, mis. 250 g."
      const asked = await fetch(`${backendUrl}/admin/curation/products/${product.id}/request-changes`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ reason }),
      })
      expect(asked.status).toBe(200)

      const browser = await launchChromium(chromiumPath!)
      try {
        const context = await browser.newContext({ baseURL: storefrontUrl, viewport: { width: 360, height: 740 } })
        const page = await context.newPage()
        await signInToPanel(page, login)
        await page.goto(`/panel/produk/${product.id}`)
        const request = page.locator("#alasan-kurator")
        expect(normaliseSpaces(await request.innerText())).toContain(`Permintaan kurator: ${reason}`)
        // Everything the curator asked about is on the page, as the product has it.
        expect(await page.getByLabel("Komposisi").inputValue()).toBe("Ketan")
        expect(await page.getByLabel("Nama varian").inputValue()).toBe("sedang")
        await page.getByLabel("Komposisi").fill("Ketan, garam, bawang putih")
        await page.getByLabel("Nama varian").fill("250 g")
        const category = page.locator('input[name="category_ids"]').first()
        await category.check()
        const categoryId = await category.getAttribute("value")
        await Promise.all([
          page.waitForURL((url) => url.pathname === `/panel/produk/${product.id}`),
          page.getByRole("button", { name: "Simpan perubahan" }).click(),
        ])
        expect(await page.getByRole("status").innerText()).toBe("Perubahan disimpan.")
        // The request stays in view until the product goes back to the curator.
        expect(normaliseSpaces(await request.innerText())).toContain(reason)
        const saved = (await api(`/producer/products/${product.id}`)).product
        expect(saved.product_compliance.ingredients).toBe("Ketan, garam, bawang putih")
        expect(saved.variants.map((variant: { title: string }) => variant.title)).toEqual(["250 g"])
        expect(saved.categories.map((entry: { id: string }) => entry.id)).toEqual([categoryId])

        await page.goto("/panel/produk")
        const card = page.locator("section.kartu").filter({ has: page.getByRole("heading", { name: "Rengginang Uji Kurator", exact: true }) })
        await Promise.all([page.waitForURL((url) => url.pathname === "/panel/produk"), card.getByRole("button", { name: "Ajukan ke kurator" }).click()])
        expect((await api(`/producer/products/${product.id}`)).product.product_curation.state).toBe("submitted")
        await page.goto(`/panel/produk/${product.id}`)
        expect(await request.count()).toBe(0)
      } finally {
        await browser.close()
        await api(`/producer/products/${product.id}`, { method: "DELETE" }).catch(() => undefined)
      }
    }
  )

  it.skipIf(!chromiumPath)(
    `lets a producer set a variant's low-stock threshold on /panel/stok, and the dashboard warns of it${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const { storefrontUrl } = readStackJson()
      const { login, api } = await demoProducer()
      const row = (await api("/producer/stock")).stock.find(
        (candidate: { available_quantity: number; low_stock: boolean }) => candidate.available_quantity > 0 && !candidate.low_stock
      )
      const heading = `${row.product_title} · ${row.variant_title}`
      const browser = await launchChromium(chromiumPath!)
      try {
        const context = await browser.newContext({ baseURL: storefrontUrl, viewport: { width: 360, height: 740 } })
        const page = await context.newPage()
        await signInToPanel(page, login)
        await page.goto("/panel/stok")
        const card = page.locator("section.kartu").filter({ has: page.getByRole("heading", { name: heading, exact: true }) })
        const save = async (threshold: string) => {
          await card.getByLabel("Batas stok menipis").fill(threshold)
          await Promise.all([page.waitForURL((url) => url.pathname === "/panel/stok"), card.getByRole("button", { name: "Simpan" }).click()])
          expect(await page.getByRole("status").innerText()).toBe("Jumlah stok disimpan.")
        }
        // The card's first line: "Tersedia 5 (dipesan 0) · stok menipis".
        const summary = card.locator("p").first()
        await save(String(row.available_quantity))
        expect(await summary.innerText()).toContain("· stok menipis")
        expect(await card.getByLabel("Batas stok menipis").inputValue()).toBe(String(row.available_quantity))
        expect((await api("/producer/stock?low_stock=true")).stock.map((candidate: { variant_id: string }) => candidate.variant_id)).toContain(row.variant_id)
        await page.goto("/panel")
        expect(await page.getByRole("main").innerText()).toContain(row.product_title)
        // A blank threshold means no warning again.
        await page.goto("/panel/stok")
        await save("")
        expect(await summary.innerText()).not.toContain("stok menipis")

        // Taking away more than there is: refused, saying how many there are, and the card keeps what was typed.
        const takeAway = `-${row.stocked_quantity + 5}`
        await card.getByLabel("Tambah (+) / kurangi (−)").fill(takeAway)
        await card.getByLabel("Alasan").fill("rusak kena hujan")
        await Promise.all([page.waitForURL((url) => url.pathname === "/panel/stok"), card.getByRole("button", { name: "Ubah" }).click()])
        expect(await page.getByRole("alert").innerText()).toContain(`stok tinggal ${row.stocked_quantity}`)
        expect(await card.getByLabel("Tambah (+) / kurangi (−)").inputValue()).toBe(takeAway)
        expect(await card.getByLabel("Alasan").inputValue()).toBe("rusak kena hujan")
        // Kept once: the next visit shows an empty form again.
        await page.goto("/panel/stok")
        expect(await card.getByLabel("Alasan").inputValue()).toBe("")
      } finally {
        await browser.close()
      }
    }
  )

  it.skipIf(!chromiumPath)(
    `lets a producer who forgot the password ask for a link, with one answer for any email and a limit, and refuses a spent link${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const { storefrontUrl, accounts } = readStackJson()
      const producer = accounts.filter((account) => account.role === "producer").at(-1)!
      const browser = await launchChromium(chromiumPath!)
      try {
        const context = await browser.newContext({ baseURL: storefrontUrl, viewport: { width: 360, height: 740 } })
        const page = await context.newPage()
        await page.goto("/panel/masuk")
        await Promise.all([page.waitForURL((url) => url.pathname === "/panel/lupa-sandi"), page.getByRole("link", { name: "Lupa kata sandi?" }).click()])
        const ask = async (email: string) => {
          await page.getByLabel("Email").fill(email)
          await Promise.all([page.waitForURL((url) => url.pathname === "/panel/lupa-sandi"), page.getByRole("button", { name: "Kirim tautan" }).click()])
          return page.locator("p.pesan").innerText()
        }
        const known = await ask(producer.email)
        expect(known).toContain("Bila email itu terdaftar sebagai produsen, tautan untuk mengatur ulang kata sandi sudah dikirim")
        expect(await ask("bukan-produsen@contoh.id")).toBe(known)
        await ask(producer.email)
        await ask(producer.email)
        expect(await ask(producer.email)).toBe("Terlalu banyak permintaan atur ulang kata sandi. Coba lagi dalam 15 menit.")

        await page.goto(`/panel/atur-ulang-sandi?token=bukan-token&email=${encodeURIComponent(producer.email)}`)
        await page.getByLabel(/^Kata sandi baru/).fill("sandi-baru-12345")
        await page.getByLabel("Ulangi kata sandi baru").fill("sandi-lain-12345")
        await Promise.all([
          page.waitForURL((url) => url.pathname === "/panel/atur-ulang-sandi"),
          page.getByRole("button", { name: "Simpan kata sandi" }).click(),
        ])
        expect(await page.getByRole("alert").innerText()).toBe("Ulangi kata sandi: kedua kata sandi tidak sama.")
        await page.getByLabel(/^Kata sandi baru/).fill("sandi-baru-12345")
        await page.getByLabel("Ulangi kata sandi baru").fill("sandi-baru-12345")
        await Promise.all([
          page.waitForURL((url) => url.pathname === "/panel/atur-ulang-sandi"),
          page.getByRole("button", { name: "Simpan kata sandi" }).click(),
        ])
        expect(await page.getByRole("alert").innerText()).toBe("Tautan atur ulang kata sandi ini sudah dipakai atau kedaluwarsa. Minta tautan baru.")
      } finally {
        await browser.close()
      }
    }
  )

  it.skipIf(!chromiumPath)(
    `shows a producer still waiting for a coordinator their profile and "Akun Anda menunggu aktivasi koordinator", from every panel page${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const { storefrontUrl, backendUrl, publishableKey } = readStackJson()
      const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")
      const email = "produsen-baru@contoh.id"
      const password = "sandi-produsen-baru-1"
      const json = { "content-type": "application/json" }
      const { token } = await (
        await fetch(`${backendUrl}/auth/producer/emailpass/register`, { method: "POST", headers: json, body: JSON.stringify({ email, password }) })
      ).json()
      const { villages } = await (await fetch(`${backendUrl}/store/villages`, { headers: { "x-publishable-api-key": publishableKey } })).json()
      const registered = await fetch(`${backendUrl}/producer/register`, {
        method: "POST",
        headers: { ...json, authorization: `Bearer ${token}` },
        body: JSON.stringify({
          handle: "madu-uji-menunggu",
          business_name: "Madu Hutan Bu Warsi",
          owner_name: "Warsini",
          desa_id: villages[0].id,
          whatsapp: "0812-3333-4444",
          story: "Madu hutan dari lereng bukit, dipanen dua kali setahun.",
        }),
      })
      expect(registered.status).toBe(201)
      const browser = await launchChromium(chromiumPath!)
      try {
        const context = await browser.newContext({ baseURL: storefrontUrl, viewport: { width: 360, height: 740 } })
        const page = await context.newPage()
        await page.goto("/panel/masuk")
        await page.getByLabel("Email").fill(email)
        await page.getByLabel("Kata sandi").fill(password)
        await Promise.all([page.waitForURL((url) => url.pathname === "/panel/menunggu"), page.getByRole("button", { name: "Masuk" }).click()])
        const main = await page.getByRole("main").innerText()
        expect(main).toContain("Akun Anda menunggu aktivasi koordinator")
        expect(main).toContain("Madu Hutan Bu Warsi")
        expect(main).toContain(villages[0].name)
        expect(await phoneProblems(page, axeSource)).toBeUndefined()
        for (const path of PANEL_PAGES) {
          await page.goto(path)
          expect(new URL(page.url()).pathname, path).toBe("/panel/menunggu")
        }
      } finally {
        await browser.close()
      }
    }
  )

  it.skipIf(!chromiumPath)(
    `fits the panel on a 360 px phone: no sideways scrolling, every control at least 44 px, no axe-core violations${chromiumPath ? "" : ` (skipped: ${NO_CHROMIUM_REASON})`}`,
    async () => {
      const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")
      const { login, api } = await demoProducer()
      const browser = await launchChromium(chromiumPath!)
      try {
        const context = await browser.newContext({ baseURL: readStackJson().storefrontUrl, viewport: { width: 360, height: 740 } })
        const page = await context.newPage()
        const found: Record<string, unknown> = {}
        const check = async (path: string) => {
          const problems = await phoneProblems(page, axeSource)
          if (problems) found[path] = problems
        }
        for (const path of SIGNED_OUT_PANEL_PAGES) {
          await page.goto(path)
          await check(path)
        }
        await signInToPanel(page, login)
        // A product's edit page, and the delete page of a product that is no draft (it explains why not).
        const [product] = (await api("/producer/products?limit=1")).products
        for (const path of [...PANEL_PAGES, `/panel/produk/${product.id}`, `/panel/produk/${product.id}/hapus`]) {
          await page.goto(path)
          await check(path)
        }
        expect(found).toEqual({})
      } finally {
        await browser.close()
      }
    }
  )

  it.skipIf(!chromiumPath || !caddyInstalled)(
    `behind the TLS proxy of docker-compose.yml (Caddy, a self-signed certificate): a purchase and a panel login in Chromium over https, with HSTS, compression and Secure cookies${!chromiumPath ? ` (skipped: ${NO_CHROMIUM_REASON})` : !caddyInstalled ? ` (skipped: ${NO_CADDY_REASON})` : ""}`,
    async () => {
      const { backendUrl, publishableKey, accounts } = readStackJson()
      const storefrontDir = path.join(repo.dir, "storefront")
      const storefrontPort = await freePort()
      const caddyfile = path.join(repo.dir, "scripts", "deploy", "Caddyfile")
      // The proxy first (its port is free only once chosen), then the storefront as production runs it
      // behind it: told the proxy's https address and to believe the proxy's X-Forwarded-* headers.
      const proxy = await startTlsProxy({ caddyfile, backend: new URL(backendUrl).host, storefront: `127.0.0.1:${storefrontPort}` })
      const proxied = { PUBLIC_ORIGIN: proxy.origin, TRUSTED_PROXIES: "127.0.0.1,::1" }
      const storefront = startLogged(
        "tls-storefront",
        process.execPath,
        [path.join(storefrontDir, "dist", "server", "entry.mjs")],
        {
          cwd: storefrontDir,
          env: {
            ...process.env,
            HOST: "127.0.0.1",
            PORT: String(storefrontPort),
            MEDUSA_BACKEND_URL: backendUrl,
            MEDUSA_PUBLISHABLE_KEY: publishableKey,
            ...proxied,
          },
        },
        { dir: path.join(repo.dir, ".data", "logs"), echo: false }
      )
      try {
        await waitForHttp(`http://127.0.0.1:${storefrontPort}/`, { timeoutMs: 30_000, child: storefront, name: "The storefront behind the proxy" })
        const home = await proxy.get("/")
        expect(home.status).toBe(200)
        expect(home.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains")
        expect(home.headers["content-encoding"]).toMatch(/^(gzip|zstd)$/)
        // The admin and its API under the same address.
        expect((await proxy.get("/health")).status).toBe(200)
        expect((await proxy.get("/app")).status).toBeLessThan(400)

        await shopInChromium(
          true,
          { firstName: "Laras", lastName: "Wati", email: "laras@contoh.id", password: "rahasia-laras-1" },
          { baseURL: proxy.origin, ignoreHTTPSErrors: true }
        )

        const browser = await launchChromium(chromiumPath!)
        try {
          const context = await browser.newContext({ baseURL: proxy.origin, ignoreHTTPSErrors: true })
          const page = await context.newPage()
          const producer = accounts.find((account) => account.role === "producer")!
          await signInToPanel(page, producer)
          expect(new URL(page.url()).origin).toBe(proxy.origin)
          const cookies = await context.cookies()
          expect(cookies.length).toBeGreaterThan(0)
          for (const cookie of cookies) expect({ name: cookie.name, secure: cookie.secure }).toEqual({ name: cookie.name, secure: true })
        } finally {
          await browser.close()
        }
      } finally {
        await stopProcess(storefront)
        await proxy.stop()
      }
    },
    300_000
  )

  it("sheds overload: 200 clients asking for 100 products at once for 20 s all get an answer within 10 s (the list or a 503 in Indonesian), /health within 1 s, memory bounded", async () => {
    const { backendUrl, publishableKey } = readStackJson()
    const headers = { "x-publishable-api-key": publishableKey }
    const { regions } = await (await fetch(`${backendUrl}/store/regions`, { headers })).json()
    const pid = listeningPid(Number(new URL(backendUrl).port))
    expect(pid).toBeDefined()
    const backendLog = path.join(repo.dir, ".data", "logs", "backend.log")
    const logBefore = readFileSync(backendLog, "utf8").length
    const report = await overload({
      url: `${backendUrl}/store/products?limit=100&region_id=${regions[0].id}`,
      headers,
      clients: 200,
      seconds: 20,
      answerWithinMs: 10_000,
      healthUrl: `${backendUrl}/health`,
      afterSeconds: 5,
      pid,
    })
    console.log(`overload: ${JSON.stringify(report)}`)
    // What kept the server from answering, as its log says (long garbage collections, event-loop stalls).
    const stalls =
      readFileSync(backendLog, "utf8")
        .slice(logBefore)
        .match(/^.*\[runtime\].*$/gm) ?? []
    console.log(`overload: ${stalls.length} stall(s) logged${stalls.length ? `:\n${stalls.join("\n")}` : ""}`)
    expect(report.unanswered).toBe(0)
    expect(Object.keys(report.byStatus).sort()).toEqual(["200", "503"])
    expect(report.byStatus["200"]).toBeGreaterThan(20)
    expect(report.refusalsRetryAfter).toBe(true)
    expect(JSON.parse(report.refusalMessage!)).toEqual({ type: "server_busy", message: BUSY_SERVER_MESSAGE })
    expect(report.healthDuringMaxMs).toBeLessThan(1000)
    expect(report.healthAfterMaxMs).toBeLessThan(1000)
    expect(report.peakRssMb).toBeLessThan(1536)
    // And once the load is gone, a buyer's list comes back at once.
    const started = performance.now()
    expect((await fetch(`${backendUrl}/store/products?limit=24`, { headers })).status).toBe(200)
    expect(performance.now() - started).toBeLessThan(2000)
  }, 120_000)

  it("gives a producer a refused new product back as typed, naming the field as the form does, and reads 28.000 as twenty-eight thousand", async () => {
    const { storefrontUrl, accounts } = readStackJson()
    const producerAccount = accounts.filter((account) => account.role === "producer")[2] ?? accounts.find((account) => account.role === "producer")!
    const signedIn = await post("/panel/masuk", { email: producerAccount.email, password: producerAccount.password })
    expect(signedIn.headers.get("location")).toBe("/panel")
    let cookie = signedIn.headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ")
    const typed = {
      aksi: "buat",
      title: "Sambal Teri Klayar",
      description: "Sambal teri dari nelayan Klayar, dimasak dengan cabai rawit dan bawang merah.",
      product_type: "processed_food",
      licence: "pirt",
      net_quantity: "150 g",
      ingredients: "teri, cabai rawit, bawang merah, minyak kelapa",
      shelf_life_days: "sembilan puluh",
      storage: "simpan di kulkas setelah dibuka",
      variant_title: "150 g",
      variant_price: "28.000",
    }
    const refused = await post("/panel/produk", typed, cookie)
    expect(refused.headers.get("location")).toBe("/panel/produk#baru")
    cookie = [cookie, ...refused.headers.getSetCookie().map((value) => value.split(";")[0])].join("; ")
    const page = normaliseSpaces(await (await fetch(`${storefrontUrl}/panel/produk`, { headers: { cookie } })).text())
    for (const value of [typed.title, typed.net_quantity, typed.storage, typed.variant_title, typed.variant_price, typed.shelf_life_days])
      expect(page).toContain(`value="${value}"`)
    expect(page).toContain(`>${typed.description}</textarea>`)
    expect(page).toContain(`>${typed.ingredients}</textarea>`)
    const alert = page.match(/role="alert"[^>]*>([^<]+)</)?.[1] ?? ""
    expect(alert).toBe("Masa simpan (hari): tulis angka bulat, mis. 90.")
    expect(alert).not.toMatch(/\b(shelf_life_days|compliance|variants)\b/)

    // Corrected, the same form saves, and the price is the one typed.
    const saved = await post("/panel/produk", { ...typed, shelf_life_days: "90" }, cookie)
    expect(saved.headers.get("location")).toBe("/panel/produk")
    const list = normaliseSpaces(await (await fetch(`${storefrontUrl}/panel/produk`, { headers: { cookie } })).text())
    expect(list).toContain(`150 g: ${rupiah(28000)}`)
  })

  it("answers every form of the shop and the panel without a 5xx, whatever near-valid input it is sent", async () => {
    const { storefrontUrl, accounts } = readStackJson()
    const seen = new Set<string>()
    /** The forms on these pages as the visitor with `cookie` sees them, each once (by action and field names). */
    async function formsOn(paths: string[], cookie: string) {
      const found: PageForm[] = []
      for (const path of paths) {
        const url = new URL(path, storefrontUrl)
        for (const form of formsIn(await (await fetch(url, { headers: { cookie } })).text(), url)) {
          const key = `${form.action} ${form.fields.map(([name]) => name).join(",")}`
          // Signing out is one request with nothing to get wrong; sent last, below.
          if (seen.has(key) || form.action.endsWith("/keluar")) continue
          seen.add(key)
          found.push(form)
        }
      }
      return found
    }

    // A buyer with a line in the cart and an address on it, so the cart, address and delivery forms all show.
    const featured = await firstListedProduct()
    const product = await (await fetch(`${storefrontUrl}/produk/${featured.handle}`)).text()
    const variantId = product.match(/name="variant_id" value="(variant_[0-9A-Z]+)"/)![1]
    const added = await post("/keranjang/tambah", { variant_id: variantId, quantity: "1" })
    const buyer = added.headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ")
    const address = {
      email: "uji.formulir@contoh.id",
      first_name: "Uji",
      last_name: "Formulir",
      phone: "081234567890",
      address_1: "Jalan Ahmad Yani No. 5",
      desa: "Sidoharjo",
      kecamatan: "Pacitan",
      kabupaten: "Pacitan",
      provinsi: "Jawa Timur",
      postal_code: "63514",
    }
    expect((await post("/checkout/alamat", address, buyer)).headers.get("location")).toBe("/checkout/pengiriman")
    const buyerForms = await formsOn(
      [
        `/produk/${featured.handle}`,
        "/keranjang",
        "/checkout",
        "/akun",
        "/akun/lupa-sandi",
        "/akun/atur-ulang-sandi?token=bukan-token&email=pembeli%40contoh.id",
        `/en/produk/${featured.handle}`,
        "/checkout/pengiriman",
      ],
      buyer
    )

    // A producer signed in to the panel, and the forms a signed-out visitor sees there.
    const producerAccount = accounts.find((account) => account.role === "producer")!
    const signedIn = await post("/panel/masuk", { email: producerAccount.email, password: producerAccount.password })
    expect(signedIn.headers.get("location")).toBe("/panel")
    const producer = signedIn.headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ")
    const productId = (await (await fetch(`${storefrontUrl}/panel/produk`, { headers: { cookie: producer } })).text()).match(
      /\/panel\/produk\/(prod_[0-9A-Z]+)/
    )![1]
    const panelForms = await formsOn(
      [
        "/panel/produk",
        `/panel/produk/${productId}`,
        "/panel/stok",
        "/panel/panen",
        "/panel/saldo",
        "/panel/pesanan",
        "/panel/profil",
        `/panel/produk/${productId}/hapus`,
      ],
      producer
    )
    const signedOutForms = await formsOn(["/panel/masuk", "/panel/lupa-sandi", "/panel/atur-ulang-sandi?token=bukan-token"], "")
    expect(buyerForms.map((form) => form.action)).toEqual(
      expect.arrayContaining(["/keranjang/tambah", "/keranjang/ubah", "/checkout/alamat", "/checkout/pesan", "/akun/masuk", "/akun/daftar"])
    )
    expect(panelForms.length).toBeGreaterThanOrEqual(6)

    const seed = Number(process.env.FUZZ_SEED ?? 20261205)
    const failures = [
      ...(await fuzzForms(storefrontUrl, signedOutForms, "", { runs: 20, seed })),
      ...(await fuzzForms(storefrontUrl, panelForms, producer, { runs: 20, seed })),
      // The order form last: a valid variant of it turns the cart into an order.
      ...(await fuzzForms(storefrontUrl, buyerForms, buyer, { runs: 20, seed })),
    ]
    expect(failures).toEqual([])
    for (const [path, cookie] of [
      ["/akun/keluar", buyer],
      ["/panel/keluar", producer],
    ] as const) {
      expect((await post(path, {}, cookie)).status).toBe(303)
    }
  }, 300_000)

  /** What the running shop held when `npm run backup` was taken, for the restore to find again. */
  let backedUp: {
    archive: string
    ordersBefore: string[]
    harvests: number
    burst: { emailPattern: string; inventoryItemIds: string[] }
    upload: { url: string; bytes: Buffer }
    receipt: { orderId: string; receiptId: string; bytes: Buffer }
  }
  const backupDir = () => path.join(repo.dir, "backups")
  const shopDatabase = (dataDir = path.join(repo.dir, ".data")) =>
    embeddedDatabaseUrl(
      Number(ports.EMBEDDED_POSTGRES_PORT),
      (JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { postgresPassword: string }).postgresPassword
    )
  const npmRun = (script: string, args: string[], extraEnv: Record<string, string> = {}) =>
    promisify(execFile)("npm", ["run", "--silent", script, "--", ...args], { cwd: repo.dir, env: { ...env, BACKUP_DIR: backupDir(), ...extraEnv } })

  it("backs up the running shop with npm run backup while buyers keep ordering, and refuses to restore over a live shop", async () => {
    const { backendUrl, publishableKey, accounts } = readStackJson()
    const admin = await coordinatorHeaders(backendUrl, accounts)
    const store = { "x-publishable-api-key": publishableKey }
    // A product picture uploaded through Medusa's file module, and a buyer's transfer receipt in the private files.
    const picture = new FormData()
    picture.append("files", new Blob([Buffer.from(RECEIPT_PNG, "base64")], { type: "image/png" }), "kerupuk.png")
    const { files } = await (
      await fetch(`${backendUrl}/admin/uploads`, { method: "POST", headers: { authorization: admin.authorization }, body: picture })
    ).json()
    const upload = { url: files[0].url as string, bytes: Buffer.from(await (await fetch(files[0].url)).arrayBuffer()) }
    const { products } = await (
      await fetch(`${backendUrl}/store/products?limit=100&fields=id,variants.id,variants.inventory_quantity,variants.manage_inventory`, { headers: store })
    ).json()
    const variant = (products as Array<{ variants: Array<{ id: string; inventory_quantity?: number; manage_inventory: boolean }> }>)
      .flatMap((product) => product.variants)
      .find((candidate) => candidate.manage_inventory && Number(candidate.inventory_quantity) >= 40)!
    const transfer = await placeStoreOrder(backendUrl, publishableKey, [{ variant_id: variant.id, quantity: 1 }], "pp_bank-transfer_okoce")
    const receiptForm = new FormData()
    receiptForm.append("key", await orderKeyOf(backendUrl, publishableKey, transfer))
    receiptForm.append("receipt", new Blob([Buffer.from(RECEIPT_PNG, "base64")], { type: "image/png" }), "bukti.png")
    const attached = await (
      await fetch(`${backendUrl}/store/orders/${transfer.id}/transfer-receipts`, { method: "POST", headers: store, body: receiptForm })
    ).json()
    const receiptPath = `${backendUrl}/admin/orders/${transfer.id}/transfer-receipts/${attached.receipt.id}`
    const receipt = {
      orderId: transfer.id,
      receiptId: attached.receipt.id,
      bytes: Buffer.from(await (await fetch(receiptPath, { headers: admin })).arrayBuffer()),
    }
    expect(receipt.bytes.length).toBeGreaterThan(0)

    const database = shopDatabase()
    const { ordersBefore, harvests, inventoryItemIds } = await withDatabase(database, async (client) => ({
      ordersBefore: (await client.query(`select id from "order" where deleted_at is null`)).rows.map((row) => row.id as string),
      harvests: Number((await client.query("select count(*) from product_harvest where deleted_at is null")).rows[0].count),
      inventoryItemIds: (await client.query("select inventory_item_id from product_variant_inventory_item where variant_id = $1", [variant.id])).rows.map(
        (row) => row.inventory_item_id as string
      ),
    }))

    // Three buyers keep ordering while the backup is taken: the shop serves throughout.
    let backingUp = true
    const burstOrders: string[] = []
    const burst = Promise.all(
      Array.from({ length: 3 }, async (_, buyer) => {
        while (backingUp)
          burstOrders.push(
            (await placeStoreOrder(backendUrl, publishableKey, [{ variant_id: variant.id, quantity: 1 }], "pp_cod_okoce", `cadangan-${buyer}@contoh.id`)).id
          )
      })
    )
    const started = Date.now()
    const backup = await npmRun("backup", []).finally(() => (backingUp = false))
    const seconds = (Date.now() - started) / 1000
    await burst
    const archive = backup.stdout.match(/Backup written: (\S+\.tar\.gz) \(/)![1]
    expect(path.dirname(archive)).toBe(backupDir())
    expect(path.basename(archive)).toMatch(/^pasar-desa-\d{4}-\d{2}-\d{2}-\d{6}Z\.tar\.gz$/)
    expect(backup.stdout).toContain("taken while serving")
    // Personal data and secrets: the owner's alone.
    expect(statSync(archive).mode & 0o077).toBe(0)
    expect(burstOrders.length).toBeGreaterThan(0)
    console.info(
      `npm run backup took ${seconds.toFixed(1)} s (${(statSync(archive).size / 1_048_576).toFixed(1)} MB) while ${burstOrders.length} orders were placed`
    )

    // Restoring over the live shop is refused, and changes nothing.
    const secretsBefore = readFileSync(path.join(repo.dir, ".data", "secrets.json"), "utf8")
    const refused = await npmRun("restore", [archive]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error
    )
    expect(refused?.code).toBe(1)
    expect(refused?.stderr).toMatch(/^✖ The shop in .* is running \(PostgreSQL pid \d+\): a restore never overwrites a live shop\./)
    expect(readFileSync(path.join(repo.dir, ".data", "secrets.json"), "utf8")).toBe(secretsBefore)
    expect((await fetch(receiptPath, { headers: admin })).status).toBe(200)

    backedUp = { archive, ordersBefore, harvests, burst: { emailPattern: "cadangan-%@contoh.id", inventoryItemIds }, upload, receipt }
  }, 300_000)

  it("Ctrl-C stops the backend, the storefront and the embedded PostgreSQL", async () => {
    const { code, signal } = await launch!.interrupt()
    // npm passes a Ctrl-C on to its script, waits for it, then ends itself by the same signal.
    expect({ code, signal }).toEqual({ code: null, signal: "SIGINT" })
    expect(launch!.output()).toContain("Stopped.")
    launch = undefined
    expect(await portIsOpen(Number(ports.BACKEND_PORT))).toBe(false)
    expect(await portIsOpen(Number(ports.STOREFRONT_PORT))).toBe(false)
    expect(await portIsOpen(Number(ports.EMBEDDED_POSTGRES_PORT))).toBe(false)
    expect(existsSync(path.join(repo.dir, ".data", "postgres", "postmaster.pid"))).toBe(false)
  })

  it("second start reuses the data: nothing rebuilt or reseeded, same key and logins, serving within 20 s", async () => {
    const before = readStackJson()
    const startedAt = Date.now()
    launch = npmStart(repo.dir, env)
    await launch.ready
    const seconds = (Date.now() - startedAt) / 1000
    expect(launch.output()).toMatch(/built: no, migrated: no, demo data loaded: no/)
    expect(readStackJson()).toEqual(before)
    expect(seconds).toBeLessThan(20)
    const html = normaliseSpaces(await (await fetch(before.storefrontUrl)).text())
    expect(html).toContain((await firstListedProduct()).price)
  })

  it("restores that backup into a fresh folder: every order, login, harvest and photo is there, consistent, and daily backups begin", async () => {
    await launch!.interrupt()
    launch = undefined
    const restoredDir = path.join(repo.dir, ".data-restored")
    const restored = await npmRun("restore", [backedUp.archive], { PASAR_DATA_DIR: restoredDir })
    expect(restored.stdout).toMatch(/^Restored the backup of \d{4}-\d{2}-\d{2}T[\d:.]+Z into .*\.data-restored\. Start the shop with npm start\./)

    // Daily backups in a folder holding one archive older than the days kept: a backup at start, the old one removed.
    const dailyDir = path.join(repo.dir, "daily-backups")
    mkdirSync(dailyDir)
    const stale = path.join(dailyDir, "pasar-desa-2026-01-01-020000Z.tar.gz")
    writeFileSync(stale, "")
    launch = npmStart(repo.dir, { ...env, PASAR_DATA_DIR: restoredDir, BACKUP_DIR: dailyDir, BACKUP_KEEP_DAYS: "7" })
    await launch.ready
    expect(launch.output()).toMatch(/built: no, migrated: no, demo data loaded: no/)
    const { backendUrl, storefrontUrl, accounts } = JSON.parse(readFileSync(path.join(restoredDir, "stack.json"), "utf8")) as StackJson

    const ledger = await withDatabase(shopDatabase(restoredDir), async (client) => ({
      orders: (await client.query(`select id from "order" where deleted_at is null`)).rows.map((row) => row.id as string),
      harvests: Number((await client.query("select count(*) from product_harvest where deleted_at is null")).rows[0].count),
      orderWithoutLines: (await client.query(`select o.id from "order" o where not exists (select 1 from order_item oi where oi.order_id = o.id)`)).rows,
      checkouts: await readCheckoutLedger(client, { cartIds: [], ...backedUp.burst }),
    }))
    expect(ledger.orders).toEqual(expect.arrayContaining(backedUp.ordersBefore))
    expect(ledger.harvests).toBe(backedUp.harvests)
    // Orders placed during the backup are there whole or not at all: lines, reservations and stock agree.
    expect(ledger.orderWithoutLines).toEqual([])
    expect(ledger.checkouts.linesReservedWrongly).toEqual([])
    expect(ledger.checkouts.reservationsForNobody).toEqual([])
    for (const [, item] of ledger.checkouts.reserved) expect(item.onLevels).toBe(item.inReservations)

    // The logins: the coordinator's generated password, and a buyer who registered in the shop sees her order.
    const admin = await coordinatorHeaders(backendUrl, accounts)
    const signedIn = await post("/akun/masuk", { email: "siti@contoh.id", password: "rahasia-siti-1" })
    const cookie = signedIn.headers
      .getSetCookie()
      .find((value) => value.startsWith("pd_session="))!
      .split(";")[0]
    expect(normaliseSpaces(await (await fetch(`${storefrontUrl}/akun`, { headers: { cookie } })).text())).toMatch(/Pesanan #\d+/)
    // The photos: the uploaded picture and the buyer's receipt, byte for byte.
    expect(Buffer.from(await (await fetch(backedUp.upload.url)).arrayBuffer())).toEqual(backedUp.upload.bytes)
    const receipt = await fetch(`${backendUrl}/admin/orders/${backedUp.receipt.orderId}/transfer-receipts/${backedUp.receipt.receiptId}`, { headers: admin })
    expect(Buffer.from(await receipt.arrayBuffer())).toEqual(backedUp.receipt.bytes)

    await expect.poll(() => launch!.output(), { timeout: 60_000 }).toMatch(/• Backup written: .*daily-backups\/pasar-desa-.*\.tar\.gz/)
    expect(launch.output()).toContain(`• Backup removed, older than 7 days: ${stale}`)
    expect(readdirSync(dailyDir).filter((name) => name.endsWith(".tar.gz"))).toHaveLength(1)
    expect(readFileSync(path.join(restoredDir, "logs", "backup.log"), "utf8")).toMatch(/Z Backup written: /)
  }, 300_000)
})

const productionServers = { database: process.env.DB_HOST, redis: process.env.REDIS_URL }
const productionSkipReason = "set DB_HOST (and DB_PORT, DB_USERNAME, DB_PASSWORD) and REDIS_URL to run it against real servers"

describe.skipIf(!productionServers.database || !productionServers.redis)(
  `on the user's own PostgreSQL and Redis${productionServers.database && productionServers.redis ? "" : ` (skipped: ${productionSkipReason})`}`,
  () => {
    let ports: LauncherPorts
    let env: NodeJS.ProcessEnv
    let database: Awaited<ReturnType<typeof externalDatabaseUrl>>
    const dataDir = () => path.join(repo.dir, ".data-own-servers")

    beforeAll(async () => {
      database = await externalDatabaseUrl("pasar_desa_e2e")
      ports = await freeLauncherPorts()
      env = cleanEnv({ ...ports, DATABASE_URL: database!.url, REDIS_URL: productionServers.redis!, PASAR_DATA_DIR: dataDir() })
    })

    afterAll(async () => {
      await database?.drop()
    })

    it("npm start with DATABASE_URL and REDIS_URL starts nothing embedded and wires Medusa's Redis modules", async () => {
      const launch = npmStart(repo.dir, env)
      try {
        await launch.ready
        expect(launch.output()).toMatch(/migrated: yes, demo data loaded: yes/)
        expect(await portIsOpen(Number(ports.EMBEDDED_POSTGRES_PORT))).toBe(false)
        expect(existsSync(path.join(dataDir(), "postgres"))).toBe(false)
        const backendLog = readFileSync(path.join(dataDir(), "logs", "backend.log"), "utf8")
        expect(backendLog).toContain("Connection to Redis in module 'event-bus-redis' established")
        expect(backendLog).toContain("[Workflow-engine-redis] Connection to Redis in module 'workflow-engine-redis' established")
      } finally {
        await launch.interrupt()
      }
    }, 600_000)

    it("runs as a Medusa server and a separate worker sharing that PostgreSQL and Redis", async () => {
      const config = readStackConfig({ ...env, BACKEND_PORT: String(await freePort()) }, repo.dir)
      const paths = backendPaths(repo.dir)
      const secrets = loadOrCreateSecrets(config.dataDir)
      const workerPort = await freePort()
      const logs = { dir: path.join(config.dataDir, "logs"), echo: false }
      const shared = backendEnv(config, secrets, database!.url)
      const cli = (port: number) => [paths.cli, "start", "--port", String(port)]
      const server = startLogged(
        "mode-server",
        process.execPath,
        cli(config.backendPort),
        { cwd: paths.serverDir, env: { ...shared, MEDUSA_WORKER_MODE: "server" } },
        logs
      )
      const worker = startLogged(
        "mode-worker",
        process.execPath,
        cli(workerPort),
        { cwd: paths.serverDir, env: { ...shared, MEDUSA_WORKER_MODE: "worker", PORT: String(workerPort) } },
        logs
      )
      try {
        const serverUrl = `http://localhost:${config.backendPort}`
        const workerUrl = `http://localhost:${workerPort}`
        await waitForHttp(`${serverUrl}/health`, { timeoutMs: 120_000, child: server, name: "The server" })
        await waitForHttp(`${workerUrl}/health`, { timeoutMs: 120_000, child: worker, name: "The worker" })
        const publishableKey = JSON.parse(readFileSync(path.join(config.dataDir, "stack.json"), "utf8")).publishableKey
        const products = await fetch(`${serverUrl}/store/products?fields=handle`, { headers: { "x-publishable-api-key": publishableKey } })
        expect(products.status).toBe(200)
        expect((await products.json()).products.length).toBeGreaterThan(0)
        // A worker runs subscribers, jobs and workflows only: it serves no API.
        const fromWorker = await fetch(`${workerUrl}/store/products`, { headers: { "x-publishable-api-key": publishableKey } })
        expect(fromWorker.status).toBe(404)
      } finally {
        await Promise.all([stopProcess(server), stopProcess(worker)])
      }
    })

    it("backs up that shop with the server's pg_dump, and restores it only into an empty database", async () => {
      const run = (script: string, args: string[], extraEnv: Record<string, string> = {}) =>
        promisify(execFile)("npm", ["run", "--silent", script, "--", ...args], {
          cwd: repo.dir,
          env: { ...env, BACKUP_DIR: path.join(repo.dir, "backups-own-servers"), ...extraEnv },
        })
      const backup = await run("backup", [])
      expect(backup.stdout).toContain("pg_dump of DATABASE_URL")
      const archive = backup.stdout.match(/Backup written: (\S+\.tar\.gz) \(/)![1]
      const restoredDir = path.join(repo.dir, ".data-own-servers-restored")
      // The shop's own database has tables: refused, whatever the data folder.
      const refused = await run("restore", [archive], { PASAR_DATA_DIR: restoredDir }).then(
        () => undefined,
        (error: { code: number; stderr: string }) => error
      )
      expect(refused?.stderr).toContain("✖ The database at DATABASE_URL already has tables: a restore goes only into an empty database.")

      const target = await externalDatabaseUrl("pasar_desa_restored")
      try {
        await run("restore", [archive], { DATABASE_URL: target!.url, PASAR_DATA_DIR: restoredDir })
        const counts = (databaseUrl: string) =>
          withDatabase(
            databaseUrl,
            async (client) =>
              (
                await client.query(
                  `select (select count(*) from "order") as orders, (select count(*) from product) as products, (select count(*) from product_harvest) as harvests,
                   (select count(*) from provider_identity) as logins, (select count(*) from customer) as customers`
                )
              ).rows[0]
          )
        expect(await counts(target!.url)).toEqual(await counts(database!.url))
        expect(readFileSync(path.join(restoredDir, "secrets.json"), "utf8")).toBe(readFileSync(path.join(dataDir(), "secrets.json"), "utf8"))
      } finally {
        await target?.drop()
      }
    })

    describe("two backend processes selling the same last units, locking through Redis", () => {
      let urls: string[]
      let stopServers: () => Promise<void>
      let admin: Record<string, string>
      let store: { headers: Record<string, string> }
      let regionId: string

      beforeAll(async () => {
        // Two API servers from the build the first test made, on its database; each runs its own workers too.
        const config = readStackConfig({ ...env, BACKEND_PORT: String(await freePort()) }, repo.dir)
        const paths = backendPaths(repo.dir)
        const shared = backendEnv(config, loadOrCreateSecrets(config.dataDir), database!.url)
        const logs = { dir: path.join(config.dataDir, "logs"), echo: false }
        const ports = [await freePort(), await freePort()]
        const servers = ports.map((port, index) =>
          startLogged(
            `race-${index + 1}`,
            process.execPath,
            [paths.cli, "start", "--port", String(port)],
            { cwd: paths.serverDir, env: { ...shared, PORT: String(port) } },
            logs
          )
        )
        stopServers = async () => void (await Promise.all(servers.map((server) => stopProcess(server))))
        urls = ports.map((port) => `http://localhost:${port}`)
        await Promise.all(urls.map((url, index) => waitForHttp(`${url}/health`, { timeoutMs: 120_000, child: servers[index], name: `Server ${index + 1}` })))
        const stack = JSON.parse(readFileSync(path.join(config.dataDir, "stack.json"), "utf8")) as StackJson
        store = { headers: { "x-publishable-api-key": stack.publishableKey } }
        const coordinator = stack.accounts.find((account) => account.role === "coordinator")!
        const signIn = () =>
          fetch(`${urls[0]}/auth/user/emailpass`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ email: coordinator.email, password: coordinator.password }),
          })
        // The first login after a start: the throttle waits for its Redis connection (it answered 500 before).
        const login = await signIn()
        expect(login.status).toBe(200)
        admin = { authorization: `Bearer ${(await login.json()).token}`, "content-type": "application/json" }
        regionId = (await (await fetch(`${urls[0]}/store/regions`, store)).json()).regions[0].id
      }, 300_000)

      afterAll(async () => {
        await stopServers?.()
      })

      async function adminGet(url: string) {
        const response = await fetch(`${urls[0]}${url}`, { headers: admin })
        if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`)
        return response.json()
      }

      /** A product's first variant with `units` on the shelf at one location and none reserved or stocked anywhere else. */
      async function shelfOf(handle: string, units: number) {
        const { products } = await adminGet(`/admin/products?handle=${handle}&fields=id,variants.id,variants.inventory_items.inventory_item_id`)
        const variantId = products[0].variants[0].id as string
        const itemId = products[0].variants[0].inventory_items[0].inventory_item_id as string
        const { reservations } = await adminGet(`/admin/reservations?inventory_item_id=${itemId}&limit=1000`)
        for (const reservation of reservations as Array<{ id: string }>)
          await fetch(`${urls[0]}/admin/reservations/${reservation.id}`, { method: "DELETE", headers: admin })
        const { inventory_levels } = await adminGet(`/admin/inventory-items/${itemId}/location-levels`)
        for (const [index, level] of (inventory_levels as Array<{ location_id: string }>).entries()) {
          const set = await fetch(`${urls[0]}/admin/inventory-items/${itemId}/location-levels/${level.location_id}`, {
            method: "POST",
            headers: admin,
            body: JSON.stringify({ stocked_quantity: index === 0 ? units : 0 }),
          })
          expect(set.status).toBe(200)
        }
        return { productId: products[0].id as string, variantId, itemId }
      }

      /** The item's levels against its live reservations. */
      async function books(itemId: string) {
        const { inventory_levels } = await adminGet(`/admin/inventory-items/${itemId}/location-levels`)
        const { reservations } = await adminGet(`/admin/reservations?inventory_item_id=${itemId}&limit=1000`)
        const sum = (rows: Array<Record<string, number>>, key: string) => rows.reduce((total, row) => total + Number(row[key]), 0)
        return {
          stocked: sum(inventory_levels, "stocked_quantity"),
          reserved: sum(inventory_levels, "reserved_quantity"),
          reservedByItems: sum(reservations, "quantity"),
        }
      }

      /** Buyers split between the two servers, carts made ready ten at a time, then every completion sent at once. */
      async function race(buyers: number, variantId: string, tag: string) {
        const checkouts = urls.map((url) => storeCheckout(fetchApi(url), store, regionId))
        const carts: Array<{ cartId: string; checkout: (typeof checkouts)[number] }> = []
        for (let start = 0; start < buyers; start += 10) {
          const batch = Array.from({ length: Math.min(10, buyers - start) }, async (_, offset) => {
            const checkout = checkouts[(start + offset) % 2]
            const cartId = await checkout.createCart([{ variant_id: variantId, quantity: 1 }], `pembeli-${tag}-${start + offset}@uji.test`)
            await checkout.readyToComplete(cartId)
            return { cartId, checkout }
          })
          carts.push(...(await Promise.all(batch)))
        }
        const answers = await Promise.all(carts.map(({ cartId, checkout }) => checkout.submit(cartId)))
        return {
          failedHard: answers.filter((answer) => answer.status >= 500),
          orders: answers.filter((answer) => answer.status === 200 && answer.data.type === "order"),
          refused: answers
            .filter((answer) => answer.status >= 400 && answer.status < 500)
            .map(({ status, data }) => ({ status, message: data.message as string })),
        }
      }

      it("50 buyers split across both for 10 units: 10 orders, 40 told the stock ran out, reservations match the level", async () => {
        const { products } = await (await fetch(`${urls[0]}/store/products?limit=50&fields=handle,*variants`, store)).json()
        const { harvests } = await (await fetch(`${urls[0]}/store/harvests?limit=50`, store)).json()
        const harvested = new Set((harvests as Array<{ product: { handle: string } }>).map((harvest) => harvest.product.handle))
        const handle = (products as Array<{ handle: string; variants: Array<{ manage_inventory: boolean }> }>).find(
          (product) => !harvested.has(product.handle) && product.variants[0]?.manage_inventory
        )!.handle
        const { itemId, variantId } = await shelfOf(handle, 10)

        const { failedHard, orders, refused } = await race(50, variantId, "stok")

        expect(failedHard).toEqual([])
        expect(orders).toHaveLength(10)
        expect(refused).toHaveLength(40)
        for (const refusal of refused) expect(refusal).toEqual({ status: 400, message: expect.stringMatching(/^Stok '.+' (habis|tinggal \d+)/) })
        expect(await books(itemId)).toEqual({ stocked: 10, reserved: 10, reservedByItems: 10 })
      }, 300_000)

      it("30 buyers split across both pre-ordering a harvest whose forecast allows 5: exactly 5 pre-orders", async () => {
        const { harvests } = await (await fetch(`${urls[0]}/store/harvests?limit=1`, store)).json()
        const { itemId, productId, variantId } = await shelfOf(harvests[0].product.handle, 0)
        const { default: pg } = await import("pg")
        const client = new pg.Client({ connectionString: database!.url })
        await client.connect()
        try {
          // No API sets a forecast this small in a buyer's unit; the harvest row is the producer's to edit.
          await client.query(`update product_harvest set forecast_quantity = 5, unit = 'buah' where id = $1`, [harvests[0].id])
        } finally {
          await client.end()
        }

        const { failedHard, orders, refused } = await race(30, variantId, "panen")

        expect(failedHard).toEqual([])
        expect(orders).toHaveLength(5)
        expect(refused).toHaveLength(25)
        for (const refusal of refused)
          expect(refusal).toEqual({ status: 400, message: expect.stringMatching(/^Pre-order '.+' tinggal 0 buah dari perkiraan panen 5 buah/) })
        expect(await books(itemId)).toEqual({ stocked: 0, reserved: 5, reservedByItems: 5 })
        const remaining = await (await fetch(`${urls[1]}/store/harvests?product_id=${productId}`, store)).json()
        expect(remaining.harvests[0].preorder_remaining).toBe(0)
      }, 300_000)
    })
  }
)

/** A Content-Security-Policy header as directive name → its values. */
function directivesOf(header: string | null) {
  const directives = new Map<string, string[]>()
  for (const part of (header ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) directives.set(name.toLowerCase(), values)
  }
  return directives
}
