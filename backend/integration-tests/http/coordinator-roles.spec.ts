import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { coordinatorHeaders } from "../admin-auth"
import { backendTestRunner } from "../medusa-runner"
import { createHomeAndAwayDesa, createTestProducer } from "../producer-fixtures"
import { coordinatorAccess } from "../../src/lib/coordinator/coordinator-access"
import coordinatorRolesFromTerritories from "../../src/migration-scripts/coordinator-roles-from-territories"
import { PLACE_MODULE } from "../../src/modules/place"

type Headers = { headers: Record<string, string> }
type Response = { status: number; data: any }

const compliance = {
  product_type: "processed_food",
  net_quantity: "250 g",
  ingredients: "Pisang kepok, garam",
  shelf_life_days: 60,
  storage: "Simpan di tempat kering",
  licence: "pirt",
  halal: false,
}

backendTestRunner(({ api, getContainer }) => {
  describe("coordinator roles: a head (kabupaten) coordinator and kecamatan coordinators", () => {
    let head: Headers & { userId: string }
    let local: Headers & { userId: string }
    let home: string
    let away: string
    let inside: string
    let outside: string
    let insideProduct: string
    let outsideProduct: string
    const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
    const get = (url: string, as: Headers) => call(api.get(url, as))
    const post = (url: string, body: unknown, as: Headers) => call(api.post(url, body, as))

    async function createProduct(producerId: string) {
      const handle = `uji-${Math.random().toString(36).slice(2, 8)}`
      const { data } = await api.post(
        "/admin/products",
        {
          title: `Produk Uji ${handle}`,
          handle,
          options: [{ title: "Berat", values: ["250 g"] }],
          variants: [{ title: "250 g", options: { Berat: "250 g" }, prices: [{ amount: 15000, currency_code: "idr" }], manage_inventory: false }],
          additional_data: { producer_id: producerId, compliance },
        },
        head
      )
      return data.product.id as string
    }

    beforeAll(async () => {
      const container = getContainer()
      const places = await createHomeAndAwayDesa(container)
      home = places.home.kecamatanId
      away = places.away.kecamatanId
      inside = await createTestProducer(container, places.home.desaId, "keripik-tegalombo")
      outside = await createTestProducer(container, places.away.desaId, "gula-arjosari")
      head = await coordinatorHeaders(container, api)
      local = await coordinatorHeaders(container, api, "tegalombo@test.local", { role: "kecamatan", kecamatan_ids: [home] })
      insideProduct = await createProduct(inside)
      outsideProduct = await createProduct(outside)
    })

    it("refuses a kecamatan coordinator who changes their own or anyone's role or territory, and keeps them restricted", async () => {
      const attempts = [
        post(`/admin/coordinators/${local.userId}/territory`, { role: "head" }, local),
        post(`/admin/coordinators/${local.userId}/territory`, { role: "kecamatan", kecamatan_ids: [home, away] }, local),
        post(`/admin/coordinators/${local.userId}/territory`, { kecamatan_ids: [] }, local),
        post(`/admin/coordinators/${head.userId}/territory`, { role: "kecamatan", kecamatan_ids: [away] }, local),
      ]
      for (const refused of await Promise.all(attempts)) {
        expect(refused.status).toBe(403)
        expect(refused.data.message).toContain("Hanya koordinator kabupaten")
      }
      expect((await get("/admin/coordinators/me", local)).data.coordinator).toMatchObject({ role: "kecamatan", kecamatan: [{ id: home, name: "Tegalombo" }] })
      expect((await get("/admin/coordinators/me", head)).data.coordinator).toMatchObject({ role: "head", kecamatan: [] })
      expect((await get(`/admin/producers/${outside}`, local)).status).toBe(403)
    })

    it("lists every coordinator with role and kecamatan by name, the head first, for any coordinator to read", async () => {
      const listed = (await get("/admin/coordinators", local)).data.coordinators as Array<{ id: string; role: string; kecamatan: unknown[] }>
      expect(listed[0]).toMatchObject({ id: head.userId, role: "head", kecamatan: [] })
      expect(listed.find((row) => row.id === local.userId)).toMatchObject({ role: "kecamatan", kecamatan: [{ id: home, name: "Tegalombo" }] })
      expect(listed.find((row) => row.id === local.userId)).toHaveProperty("name", "tegalombo@test.local")
    })

    it("keeps one history of a producer's status and licences and a coordinator's role and kecamatan, naming who changed them, inside the territory", async () => {
      const suspended = await post(`/admin/producers/${inside}`, { status: "suspended", status_reason: "Izin P-IRT sedang diperiksa ulang" }, local)
      expect(suspended.status).toBe(200)
      await post(`/admin/producers/${inside}`, { status: "active", pirt: { number: "2063501010123-29", expires_on: "2029-06-30" } }, head)
      const producerLines = (await get(`/admin/producers/${inside}/history`, local)).data.history
      // The reactivation and the new licence were one update: both lines, in either order, before the suspension.
      expect(producerLines).toHaveLength(3)
      expect(producerLines.slice(0, 2)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: "status",
            change: { from: "suspended", to: "active" },
            actor: expect.objectContaining({ name: "koordinator@test.local" }),
          }),
          expect.objectContaining({
            kind: "licence",
            change: {
              from: { pirt: { number: "2063501010123-29", expires_on: "2029-05-31" } },
              to: { pirt: { number: "2063501010123-29", expires_on: "2029-06-30" } },
            },
            actor: expect.objectContaining({ name: "koordinator@test.local" }),
          }),
        ])
      )
      expect(producerLines[2]).toMatchObject({
        kind: "status",
        change: { from: "active", to: "suspended" },
        reason: "Izin P-IRT sedang diperiksa ulang",
        actor: { type: "user", id: local.userId, name: "tegalombo@test.local" },
      })
      // An update that changes neither status nor licences writes nothing.
      await post(`/admin/producers/${inside}`, { story: "Keripik pisang kepok digoreng dengan minyak kelapa sendiri." }, head)
      expect((await get(`/admin/producers/${inside}/history`, head)).data.history).toHaveLength(3)
      expect((await get(`/admin/producers/${outside}/history`, local)).status).toBe(403)

      await post(`/admin/coordinators/${local.userId}/territory`, { role: "kecamatan", kecamatan_ids: [home, away] }, head)
      await post(`/admin/coordinators/${local.userId}/territory`, { role: "kecamatan", kecamatan_ids: [home] }, head)
      const [latest, earlier] = (await get(`/admin/coordinators/${local.userId}/history`, local)).data.history
      expect(earlier).toMatchObject({
        kind: "territory",
        change: {
          from: { role: "kecamatan", kecamatan: ["Tegalombo"] },
          to: { role: "kecamatan", kecamatan: expect.arrayContaining(["Tegalombo", "Arjosari"]) },
        },
        actor: { type: "user", id: head.userId, name: "koordinator@test.local" },
      })
      expect(latest).toMatchObject({ kind: "territory", change: { to: { kecamatan: ["Tegalombo"] } } })
    })

    it("lists a kecamatan coordinator the balances of their own kecamatan's producers only, whatever kecamatan they ask for", async () => {
      const listed = async (path: string, who: typeof local) =>
        ((await get(path, who)).data.balances as Array<{ producer: { id: string }; balance: number }>).map((row) => row.producer.id)
      expect(await listed("/admin/settlement/balances", local)).toEqual([inside])
      expect(await listed(`/admin/settlement/balances?kecamatan_id=${away}`, local)).toEqual([])
      expect(await listed(`/admin/settlement/balances?kecamatan_id=${away}`, head)).toContain(outside)
      expect((await get("/admin/settlement/balances", local)).data.balances[0]).toMatchObject({ balance: 0 })
    })

    it("leaves the OK OCE fee to the head coordinator: a kecamatan coordinator reads it but cannot set it", async () => {
      const refused = await post("/admin/settlement/fee", { percent: 5 }, local)
      expect(refused.status).toBe(403)
      expect(refused.data.message).toContain("Hanya koordinator kabupaten")
      expect((await get("/admin/settlement/fee", local)).data.fee).toEqual({ percent: 0, basis_points: 0 })
      expect((await post("/admin/settlement/fee", { percent: 2.5 }, head)).data.fee).toEqual({ percent: 2.5, basis_points: 250 })
      expect((await get("/admin/settlement/fee", local)).data.fee.percent).toBe(2.5)
    })

    it("refuses a kecamatan coordinator a reset link for the head's account", async () => {
      const refused = await post(`/admin/users/${head.userId}/reset-password`, {}, local)
      expect(refused.status).toBe(403)
      expect(refused.data).not.toHaveProperty("token")
    })

    it("keeps a kecamatan coordinator away from a producer outside their kecamatan: no reading, editing, status change, invite, settlement, payout or new producer there", async () => {
      const refusals = await Promise.all([
        get(`/admin/producers/${outside}`, local),
        post(`/admin/producers/${outside}`, { business_name: "Usaha Diambil Alih" }, local),
        post(`/admin/producers/${outside}`, { status: "suspended", status_reason: "Dicoba dari luar wilayah" }, local),
        post(`/admin/producers/${outside}/invite`, { email: "penyusup@test.local" }, local),
        get(`/admin/producers/${outside}/settlement`, local),
        post(`/admin/producers/${outside}/payouts`, { amount: 1_000, reference: "TRF-LUAR", paid_on: "2026-12-04" }, local),
        post(`/admin/producers/${outside}/payout-account/confirm`, {}, local),
        post(
          "/admin/producers",
          {
            handle: "baru-arjosari",
            business_name: "Usaha Baru",
            owner_name: "Sutini",
            desa_id: (await get(`/admin/producers/${outside}`, head)).data.producer.desa.id,
            whatsapp: "081234567890",
            story: "Keripik pisang kepok dari kebun sendiri, digoreng setiap pagi.",
          },
          local
        ),
      ])
      for (const refused of refusals) {
        expect(refused.status).toBe(403)
        expect(refused.data.message).toContain("di luar kecamatan wilayah Anda")
      }
      const producer = (await get(`/admin/producers/${outside}`, head)).data.producer
      expect(producer).toMatchObject({ business_name: "Usaha gula-arjosari", status: "active" })
      const listed = (await get("/admin/producers", local)).data.producers.map((row: { id: string }) => row.id)
      expect(listed).toEqual([inside])
      // Searched for by name, the producer outside the kecamatan stays out of the list too.
      expect((await get("/admin/producers?q=arjosari", local)).data).toMatchObject({ producers: [], count: 0 })
    })

    it("shows an admin with no kecamatan yet (such as one invited through Medusa) no producer and lets them act on none", async () => {
      const newcomer = await coordinatorHeaders(getContainer(), api, "baru@test.local", { role: "kecamatan", kecamatan_ids: [] })
      expect((await get("/admin/producers", newcomer)).data).toEqual({ producers: [], count: 0, limit: 50, offset: 0 })
      expect((await get("/admin/curation/products", newcomer)).data.count).toBe(0)
      expect((await get(`/admin/producers/${inside}`, newcomer)).status).toBe(403)
      expect((await post(`/admin/products/${insideProduct}`, { title: "Diubah" }, newcomer)).status).toBe(403)
    })

    it("lets a kecamatan coordinator read, edit and invite a producer inside their kecamatan", async () => {
      expect((await get(`/admin/producers/${inside}`, local)).status).toBe(200)
      const edited = await post(`/admin/producers/${inside}`, { business_name: "Keripik Tegalombo Jaya" }, local)
      expect(edited.status).toBe(200)
      expect(edited.data.producer.business_name).toBe("Keripik Tegalombo Jaya")
      expect((await post(`/admin/producers/${inside}/invite`, { email: "pemilik@test.local" }, local)).status).toBe(201)
    })

    it("keeps a kecamatan coordinator off an outside producer's product on Medusa's product routes and in curation", async () => {
      const refusals = await Promise.all([
        get(`/admin/products/${outsideProduct}`, local),
        post(`/admin/products/${outsideProduct}`, { title: "Diubah dari luar" }, local),
        call(api.delete(`/admin/products/${outsideProduct}`, local)),
        post("/admin/products/batch", { delete: [outsideProduct] }, local),
        get(`/admin/curation/products/${outsideProduct}`, local),
      ])
      for (const refused of refusals) {
        expect(refused.status).toBe(403)
        expect(refused.data.message).toContain("di luar kecamatan wilayah Anda")
      }
      expect((await get(`/admin/products/${outsideProduct}`, head)).data.product.title).toMatch(/^Produk Uji/)
      expect((await post(`/admin/products/${insideProduct}`, { title: "Keripik Pisang Tegalombo" }, local)).status).toBe(200)
      const queue = (await get("/admin/curation/products?limit=200", local)).data.products.map((row: { id: string }) => row.id)
      expect(queue).toEqual([insideProduct])
      // Asking for another kecamatan's queue by name shows nothing of it; their own shows theirs.
      expect((await get(`/admin/curation/products?kecamatan=${away}`, local)).data).toMatchObject({ products: [], count: 0 })
      const own = (await get(`/admin/curation/products?kecamatan=${home}`, local)).data.products.map((row: { id: string }) => row.id)
      expect(own).toEqual([insideProduct])
    })

    it("lets the head coordinator act everywhere and give a coordinator more kecamatan", async () => {
      expect((await post(`/admin/producers/${outside}`, { story: "Gula kelapa cetak dari nira pohon kelapa sendiri." }, head)).status).toBe(200)
      expect((await post(`/admin/products/${outsideProduct}`, { subtitle: "Gula kelapa" }, head)).status).toBe(200)
      expect((await get("/admin/producers", head)).data.count).toBe(2)
      const widened = await post(`/admin/coordinators/${local.userId}/territory`, { role: "kecamatan", kecamatan_ids: [home, away] }, head)
      expect(widened.status).toBe(200)
      expect(widened.data.kecamatan.map((row: { id: string }) => row.id).sort()).toEqual([home, away].sort())
      expect((await get(`/admin/producers/${outside}`, local)).status).toBe(200)
    })

    it("does not let the last head coordinator give up the role, but lets them hand it on", async () => {
      const refused = await post(`/admin/coordinators/${head.userId}/territory`, { role: "kecamatan", kecamatan_ids: [home] }, head)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("Koordinator kabupaten terakhir")
      expect((await get("/admin/coordinators/me", head)).data.coordinator.role).toBe("head")

      expect((await post(`/admin/coordinators/${local.userId}/territory`, { role: "head" }, head)).status).toBe(200)
      expect((await post(`/admin/coordinators/${head.userId}/territory`, { role: "kecamatan", kecamatan_ids: [away] }, head)).status).toBe(200)
      expect((await get(`/admin/producers/${inside}`, head)).status).toBe(403)
      expect((await get(`/admin/producers/${inside}`, local)).status).toBe(200)
    })

    it("gives the admins of a shop from before roles the rights they had, on migrate: everywhere without kecamatan, their kecamatan with", async () => {
      const container = getContainer()
      const auth = container.resolve(Modules.AUTH)
      const olderAdmin = async (email: string) => {
        const { authIdentity } = await auth.register("emailpass", { body: { email, password: "rahasia-lama-123" } })
        const { result } = await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity!.id, userData: { email } } })
        return result.id
      }
      const everywhere = await olderAdmin("lama-kabupaten@test.local")
      const limited = await olderAdmin("lama-kecamatan@test.local")
      await container.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.USER]: { user_id: limited }, [PLACE_MODULE]: { kecamatan_id: away } })

      await coordinatorRolesFromTerritories({ container, args: [] })
      expect(await coordinatorAccess(container, everywhere)).toEqual({ role: "head", kecamatan_ids: [] })
      expect(await coordinatorAccess(container, limited)).toEqual({ role: "kecamatan", kecamatan_ids: [away] })
    })

    it("refuses a head assignment with kecamatan and a kecamatan assignment without, in Indonesian", async () => {
      for (const body of [{ role: "head", kecamatan_ids: [home] }, { role: "kecamatan", kecamatan_ids: [] }, { role: "bupati" }]) {
        const refused = await post(`/admin/coordinators/${local.userId}/territory`, body, head)
        expect(refused.status).toBe(400)
      }
    })
  })
})
