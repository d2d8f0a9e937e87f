import { medusa } from "./medusa"
import { cartAddress, type AddressForm } from "./checkout"
import { formOfAddress, type MedusaAddress } from "./checkout.server"

/** An address on the buyer's account (Medusa's customer addresses), as the checkout form fills it. */
export type SavedAddress = { id: string; form: Omit<AddressForm, "email"> }

const FIELDS = "id,first_name,last_name,phone,address_1,city,province,postal_code,metadata,is_default_shipping,updated_at"
/** A village buyer has a home, perhaps a workplace or family: more than this is an old list. */
const MOST_SHOWN = 5

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const toSaved = (address: MedusaAddress & { id: string }): SavedAddress => ({ id: address.id, form: formOfAddress(address) })
const sameAddress = (a: Omit<AddressForm, "email">, b: Omit<AddressForm, "email">) =>
  (Object.keys(a) as Array<keyof typeof a>).every((field) => a[field].trim().toLowerCase() === b[field].trim().toLowerCase())

/** The signed-in buyer's saved addresses, the one they used last first. */
export async function listSavedAddresses(token: string): Promise<SavedAddress[]> {
  const { addresses } = await medusa.client.fetch<{ addresses: Array<MedusaAddress & { id: string }> }>("/store/customers/me/addresses", {
    headers: bearer(token),
    query: { fields: FIELDS, limit: MOST_SHOWN, order: "-updated_at" },
  })
  return addresses.map(toSaved)
}

/** One saved address of the signed-in buyer; null for an id that is not theirs (Medusa looks only among their own). */
export async function savedAddress(token: string, id: string): Promise<SavedAddress | null> {
  return medusa.client
    .fetch<{ address: MedusaAddress & { id: string } }>(`/store/customers/me/addresses/${encodeURIComponent(id)}`, {
      headers: bearer(token),
      query: { fields: FIELDS },
    })
    .then((body) => toSaved(body.address))
    .catch(() => null)
}

/**
 * Keeps the address a signed-in buyer just gave at checkout on their account,
 * as their default for delivery, unless it is there already (then it becomes
 * the default again): the next checkout offers it with one tap.
 */
export async function rememberAddress(token: string, form: AddressForm) {
  const { email: _email, ...address } = form
  const known = (await listSavedAddresses(token)).find((saved) => sameAddress(saved.form, address))
  const body = known ? { is_default_shipping: true } : { ...cartAddress(form), is_default_shipping: true }
  await medusa.client.fetch(known ? `/store/customers/me/addresses/${known.id}` : "/store/customers/me/addresses", {
    method: "POST",
    headers: bearer(token),
    body,
  })
}

/** Takes an address off the buyer's account; the orders it went to keep their own copy. */
export async function forgetAddress(token: string, id: string) {
  await medusa.client.fetch(`/store/customers/me/addresses/${encodeURIComponent(id)}`, { method: "DELETE", headers: bearer(token) })
}
