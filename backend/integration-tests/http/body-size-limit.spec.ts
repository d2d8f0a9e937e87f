import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { backendTestRunner } from "../medusa-runner"
import { coordinatorHeaders } from "../admin-auth"
import { BODY_TOO_LARGE_MESSAGE } from "../../src/api/body-size-limit"

type Headers = Record<string, string>

/** Every table of the public schema, as row count and a hash of its rows: equal fingerprints mean nothing was stored. */
async function databaseFingerprint(container: MedusaContainer) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: tables } = await pg.raw(`select tablename from pg_tables where schemaname = 'public' order by tablename`)
  const fingerprint: Record<string, string> = {}
  for (const { tablename } of tables) {
    const { rows } = await pg.raw(`select count(*) as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${tablename}" t`)
    fingerprint[tablename] = `${rows[0].n}:${rows[0].h}`
  }
  return fingerprint
}

/** A JSON body of about `bytes` bytes, shaped like what the routes take so only its size is wrong. */
const bodyOf = (bytes: number, fields: Record<string, unknown> = {}) => JSON.stringify({ ...fields, metadata: { note: "x".repeat(bytes) } })

backendTestRunner(({ api, getContainer }) => {
  describe("request bodies over 1 MB", () => {
    let store: Headers
    let admin: Headers

    const post = (url: string, body: string, headers: Headers = {}) =>
      api.post(url, body, { headers: { ...headers, "content-type": "application/json" }, validateStatus: () => true })

    beforeAll(async () => {
      // No catalogue needed: the size is checked before anything else, so a key and a coordinator do.
      admin = (await coordinatorHeaders(getContainer(), api)).headers
      const { data } = await api.post("/admin/api-keys", { title: "Uji ukuran", type: "publishable" }, { headers: admin })
      store = { "x-publishable-api-key": data.api_key.token }
    })

    it("refuses a 1.1 MB body with 413 and an Indonesian message on our routes and Medusa's, and stores nothing", async () => {
      const before = await databaseFingerprint(getContainer())
      const tooLarge = bodyOf(1_100_000)
      const targets: [string, Headers][] = [
        ["/store/carts", store], // Medusa's
        ["/admin/producers", admin], // ours
        ["/auth/customer/emailpass/register", {}], // Medusa's
        ["/producer/register", {}], // ours
      ]
      for (const [url, headers] of targets) {
        const { status, data } = await post(url, tooLarge, headers)
        expect({ url, status, message: data?.message }).toEqual({ url, status: 413, message: BODY_TOO_LARGE_MESSAGE })
      }
      expect(await databaseFingerprint(getContainer())).toEqual(before)
    })

    it("still takes a body of 900 KB, which Medusa's 100 KB default refused", async () => {
      const tag = await post("/admin/product-tags", bodyOf(900_000, { value: "besar" }), admin)
      expect(tag.status).toBe(200)
      expect(tag.data.product_tag.metadata.note).toHaveLength(900_000)

      // Ours: read whole and refused by validation, in Indonesian, not by size.
      const producer = await post("/admin/producers", bodyOf(900_000), admin)
      expect(producer.status).toBe(400)
      expect(producer.data.message).not.toBe(BODY_TOO_LARGE_MESSAGE)
    })
  })
})
