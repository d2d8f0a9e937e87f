import type { Page } from "playwright-core"

/**
 * Stripe.js cannot be bundled and does not load offline. This stand-in does
 * what the checkout needs of it, the way Stripe.js does it: the Payment
 * Element draws a card field, and confirmPayment confirms the PaymentIntent at
 * api.stripe.com with the publishable key and the intent's client secret.
 * Those requests are answered by the local fake of Stripe's API, so the
 * backend later reads the same intent the browser confirmed.
 */
const STRIPE_JS = `
(() => {
  const TEST_CARDS = { "4242424242424242": "pm_card_visa", "4000000000000002": "pm_card_chargeDeclined" }
  window.Stripe = function Stripe(publishableKey) {
    let clientSecret = null
    let field = null
    const element = {
      mount(target) {
        const host = typeof target === "string" ? document.querySelector(target) : target
        const label = document.createElement("label")
        label.textContent = "Nomor kartu"
        field = document.createElement("input")
        field.inputMode = "numeric"
        field.autocomplete = "cc-number"
        label.appendChild(field)
        host.appendChild(label)
        setTimeout(() => (element.handlers.ready || []).forEach((handler) => handler({ elementType: "payment" })))
      },
      handlers: {},
      on(name, handler) { (element.handlers[name] ||= []).push(handler); return element },
      off() { return element },
      update() {},
      unmount() {},
      destroy() {},
      collapse() {},
      focus() { field && field.focus() },
      blur() {},
      clear() {},
    }
    const elements = {
      create() { return element },
      getElement() { return element },
      update() {},
      submit: async () => ({}),
      fetchUpdates: async () => ({}),
    }
    async function confirmPayment() {
      const id = clientSecret.split("_secret_")[0]
      const paymentMethod = TEST_CARDS[(field.value || "").replace(/\\s/g, "")] || "pm_card_chargeDeclined"
      const response = await fetch("https://api.stripe.com/v1/payment_intents/" + id + "/confirm", {
        method: "POST",
        headers: { authorization: "Bearer " + publishableKey, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ payment_method: paymentMethod, client_secret: clientSecret }),
      })
      const body = await response.json()
      return response.ok ? { paymentIntent: body } : { error: body.error }
    }
    const unsupported = async () => ({ error: { message: "not in the offline stand-in" } })
    return {
      elements(options) { clientSecret = options.clientSecret; return elements },
      confirmPayment,
      createToken: unsupported,
      createPaymentMethod: unsupported,
      confirmCardPayment: unsupported,
      retrievePaymentIntent: unsupported,
      registerAppInfo() {},
      _registerWrapper() {},
    }
  }
})()
`

/** Serves the stand-in for Stripe.js and passes the browser's API calls to the fake at `fakeStripeUrl`. */
export async function stripeInBrowser(page: Page, fakeStripeUrl: string) {
  await page.route("https://js.stripe.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: STRIPE_JS }))
  await page.route("https://api.stripe.com/**", async (route) => {
    const request = route.request()
    const cors = { "access-control-allow-origin": "*", "access-control-allow-headers": "authorization, content-type" }
    if (request.method() === "OPTIONS") return route.fulfill({ status: 204, headers: cors })
    const url = new URL(request.url())
    const response = await fetch(`${fakeStripeUrl}${url.pathname}${url.search}`, {
      method: request.method(),
      headers: request.headers(),
      body: request.postData() ?? undefined,
    })
    await route.fulfill({ status: response.status, headers: { ...cors, "content-type": "application/json" }, body: await response.text() })
  })
}
