import sharp from "sharp"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { createPlacesWorkflow } from "../src/workflows/place/create-places"
import { createProducersWorkflow } from "../src/workflows/producer/create-producers"
import type { ProducerInput } from "../src/workflows/producer/types"
import { productPhotoRenditions } from "../src/lib/files/product-photo"
import { addProductPhotosWorkflow } from "../src/workflows/product-photo/add-product-photos"

type Api = { post: (url: string, body: unknown, config?: unknown) => Promise<{ data: { token: string } }> }
export type Headers = { headers: Record<string, string> }

const PASSWORD = "rahasia-produsen-123"

/** A kecamatan with one desa, where the test producers work. */
export async function createTestDesa(container: MedusaContainer) {
  await createPlacesWorkflow(container).run({
    input: {
      kabupaten: { code: "35.01", name: "Pacitan", handle: "pacitan", province: "Jawa Timur", story: "Kabupaten di pesisir selatan Jawa Timur." },
      kecamatan: [
        {
          code: "35.01.09",
          name: "Tegalombo",
          handle: "tegalombo",
          latitude: -8.0,
          longitude: 111.3,
          story: "Kecamatan di pegunungan, penghasil kopi.",
          desa: [
            {
              code: "35.01.09.2001",
              name: "Gemaharjo",
              handle: "gemaharjo",
              type: "desa",
              postal_code: "63563",
              latitude: null,
              longitude: null,
              story: "Desa penghasil kopi robusta.",
            },
          ],
        },
      ],
    },
  })
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "desa", fields: ["id"] })
  return data[0].id
}

/**
 * Two kecamatan with a desa each: Tegalombo (createTestDesa), where a kecamatan coordinator under test
 * works, and Arjosari, outside their territory. Each desa's id and its kecamatan's.
 */
export async function createHomeAndAwayDesa(container: MedusaContainer) {
  const homeDesa = await createTestDesa(container)
  await createPlacesWorkflow(container).run({
    input: {
      kabupaten: { code: "35.01", name: "Pacitan", handle: "pacitan", province: "Jawa Timur", story: "Kabupaten di pesisir selatan Jawa Timur." },
      kecamatan: [
        {
          code: "35.01.02",
          name: "Arjosari",
          handle: "arjosari",
          latitude: -8.1,
          longitude: 111.2,
          story: "Kecamatan di utara kota Pacitan.",
          desa: [
            {
              code: "35.01.02.2001",
              name: "Gayuhan",
              handle: "gayuhan",
              type: "desa",
              postal_code: "63581",
              latitude: null,
              longitude: null,
              story: "Desa penghasil gula kelapa.",
            },
          ],
        },
      ],
    },
  })
  const { data: desa } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "desa", fields: ["id", "handle", "kecamatan_id"] })
  const awayDesa = desa.find((row) => row.handle === "gayuhan")!
  return {
    home: { desaId: homeDesa, kecamatanId: desa.find((row) => row.id === homeDesa)!.kecamatan_id },
    away: { desaId: awayDesa.id, kecamatanId: awayDesa.kecamatan_id },
  }
}

/** A producer as a coordinator would create it (with its own stock location). */
export async function createTestProducer(container: MedusaContainer, desaId: string, handle: string, status: ProducerInput["status"] = "active") {
  const { result } = await createProducersWorkflow(container).run({
    input: {
      producers: [
        {
          handle,
          business_name: `Usaha ${handle}`,
          owner_name: "Sutini",
          desa_id: desaId,
          whatsapp: "+6281234567890",
          story: "Keripik pisang kepok dari kebun sendiri, digoreng setiap pagi.",
          status,
          pirt: { number: "2063501010123-29", expires_on: "2029-05-31" },
        },
      ],
    },
  })
  return result[0].id as string
}

/**
 * An email/password identity tied to a producer the way the seed and the
 * invite do it (app_metadata.producer_id), signed in through the auth route.
 */
export async function producerHeaders(container: MedusaContainer, api: Api, email: string, producerId: string | null): Promise<Headers> {
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password: PASSWORD } })
  if (producerId) {
    await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { producer_id: producerId } })
  }
  const { data } = await api.post("/auth/producer/emailpass", { email, password: PASSWORD })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** A buyer account and a publishable key, for the store routes. */
export async function customerHeaders(container: MedusaContainer, api: Api, email = "pembeli@test.local") {
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password: PASSWORD } })
  await createCustomerAccountWorkflow(container).run({ input: { authIdentityId: authIdentity!.id, customerData: { email } } })
  const { result } = await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: "Uji", type: "publishable", created_by: "" }] } })
  const publishableKey = result[0].token
  const { data } = await api.post("/auth/customer/emailpass", { email, password: PASSWORD })
  return { headers: { authorization: `Bearer ${data.token}`, "x-publishable-api-key": publishableKey }, publishableKey }
}

/** A valid new product as the panel sends it. */
export const newProduct = (title = "Keripik Pisang Kepok") => ({
  title,
  description: "Keripik pisang kepok dari kebun sendiri, digoreng setiap pagi.",
  option_title: "Berat",
  variants: [
    { title: "250 g", price: 15000, weight: 250 },
    { title: "500 g", price: 28000, weight: 500 },
  ],
  compliance: {
    product_type: "processed_food",
    net_quantity: "250 g",
    ingredients: "Pisang kepok, minyak kelapa, garam",
    shelf_life_days: 90,
    storage: "Simpan di tempat kering",
    licence: "pirt",
    halal: false,
  },
})

/** A phone photo as a camera app writes it: a JPEG with the maker's name and a GPS position in its EXIF. */
export async function phonePhoto(width = 1600, height = 1200) {
  return sharp({ create: { width, height, channels: 3, background: { r: 196, g: 120, b: 60 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "Pasar Phone" },
      IFD3: { GPSLatitudeRef: "S", GPSLatitude: "8/1 12/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "111/1 6/1 0/1" },
    })
    .toBuffer()
}

/** A real photo of the product, as if its producer had uploaded one in the panel (the same pipeline as POST /producer/uploads). */
export async function giveProductPhoto(container: MedusaContainer, productId: string) {
  const renditions = await productPhotoRenditions(await phonePhoto(800, 800))
  await addProductPhotosWorkflow(container).run({
    input: { product_id: productId, photos: [renditions.map(({ content, ...rendition }) => ({ ...rendition, content: content.toString("base64") }))] },
  })
}
