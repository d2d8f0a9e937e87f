import { Modules } from "@medusajs/framework/utils"
import { coordinatorHeaders } from "../admin-auth"
import { backendTestRunner } from "../medusa-runner"
import { createTestDesa, createTestProducer, newProduct, producerHeaders, type Headers } from "../producer-fixtures"

type Response = { status: number; data: any; headers: Record<string, string> }

const PASSWORD = "rahasia-produsen-123"

backendTestRunner(({ api, getContainer }) => {
  describe("producer login", () => {
    /** Each test signs in from its own addresses (the test client is on loopback, a trusted proxy by default), so the per-address count is the test's own. */
    const login = (email: string, password: string, ip: string) =>
      api
        .post("/auth/producer/emailpass", { email, password }, { headers: { "x-forwarded-for": ip } })
        .catch((error: { response: Response }) => error.response) as Promise<Response>

    let desaId: string
    let coordinator: Headers
    const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    /** Medusa's own sign-up for the producer actor: a login with a password, tied to nothing yet. */
    const signUp = async (email: string) => (await api.post("/auth/producer/emailpass/register", { email, password: PASSWORD })).data.token as string
    const signIn = async (email: string) => bearer((await api.post("/auth/producer/emailpass", { email, password: PASSWORD })).data.token)
    const registration = (handle: string) => ({
      handle,
      business_name: "Gula Kelapa Bu Sri",
      owner_name: "Sri Wahyuni",
      desa_id: desaId,
      whatsapp: "0812-2222-3333",
      story: "Gula kelapa cetak dari nira kelapa kebun sendiri.",
    })

    beforeAll(async () => {
      const container = getContainer()
      desaId = await createTestDesa(container)
      coordinator = await coordinatorHeaders(container, api)
      for (const name of ["tini", "sri", "joko", "budi"]) {
        await producerHeaders(container, api, `${name}@test.local`, await createTestProducer(container, desaId, `usaha-${name}`))
      }
    })

    it("answers an unknown email and a wrong password with the same Indonesian message", async () => {
      const [unknown, wrong] = [await login("tidak-ada@test.local", PASSWORD, "10.0.0.1"), await login("tini@test.local", "salah-sandi-123", "10.0.0.1")]
      expect([unknown.status, wrong.status]).toEqual([401, 401])
      expect(unknown.data).toEqual(wrong.data)
      expect(wrong.data.message).toBe("Email atau kata sandi salah.")
      expect((await login("tini@test.local", PASSWORD, "10.0.0.1")).data.token).toEqual(expect.any(String))
    })

    it("10 wrong passwords for one account from 10 addresses do not lock its owner out: the right password from another address signs in", async () => {
      for (let attempt = 0; attempt < 10; attempt++) {
        expect((await login("sri@test.local", `salah-${attempt}-sandi`, `10.0.1.${attempt}`)).status).toBe(401)
      }
      expect((await login("sri@test.local", PASSWORD, "10.0.1.99")).status).toBe(200)
    })

    it("after 5 failures at one account from one address refuses that address that account with 429, right password or not, and nothing else", async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        expect((await login("tini@test.local", `salah-${attempt}-sandi`, "10.0.6.1")).status).toBe(401)
      }
      const blocked = await login("tini@test.local", PASSWORD, "10.0.6.1")
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toMatch(/Terlalu banyak percobaan/)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
      expect((await login("joko@test.local", PASSWORD, "10.0.6.1")).status).toBe(200)
      expect((await login("tini@test.local", PASSWORD, "10.0.6.2")).status).toBe(200)
    })

    it("after 10 failures from one address refuses the next attempt there with 429, whatever the account", async () => {
      for (let attempt = 0; attempt < 10; attempt++) {
        expect((await login(`tebakan-${attempt}@test.local`, PASSWORD, "10.0.2.1")).status).toBe(401)
      }
      expect((await login("joko@test.local", PASSWORD, "10.0.2.1")).status).toBe(429)
      expect((await login("joko@test.local", PASSWORD, "10.0.2.2")).status).toBe(200)
    })

    it("counts failures through a buyer's or coordinator's login against the same account from that address", async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const actor = attempt % 2 ? "customer" : "user"
        const response = await call(
          api.post(`/auth/${actor}/emailpass`, { email: "budi@test.local", password: `tebak-${attempt}-sandi` }, { headers: { "x-forwarded-for": "10.0.4.1" } })
        )
        expect(response.data.message).toBe("Email atau kata sandi salah.")
      }
      expect((await login("budi@test.local", PASSWORD, "10.0.4.1")).status).toBe(429)
    })

    it("a producer who signs up stays pending, unable to sell, until a coordinator activates them", async () => {
      const signUpToken = await signUp("daftar@test.local")
      const registered = await call(api.post("/producer/register", registration("gula-bu-sri"), bearer(signUpToken)))
      expect(registered.status).toBe(201)
      expect(registered.data.producer).toMatchObject({
        handle: "gula-bu-sri",
        status: "pending",
        whatsapp: "+6281222223333",
        stock_location: { id: expect.any(String) },
      })

      const auth = await signIn("daftar@test.local")
      expect((await api.get("/producer/me", auth)).data.producer.id).toBe(registered.data.producer.id)
      expect((await call(api.post("/producer/products", newProduct(), auth))).status).toBe(403)

      await api.post(`/admin/producers/${registered.data.producer.id}`, { status: "active" }, coordinator)
      expect((await call(api.post("/producer/products", newProduct(), auth))).status).toBe(201)
    })

    it.each([
      ["status", { status: "active" }],
      ["desa_id", { desa_id: "desa_tidak_ada" }],
    ])("refuses a sign-up with %s with 400 naming it, and creates no producer", async (field, change) => {
      const before = (await api.get("/admin/producers", coordinator)).data.count
      const response = await call(
        api.post("/producer/register", { ...registration(`usaha-${field.replace("_", "-")}`), ...change }, bearer(await signUp(`daftar-${field}@test.local`)))
      )
      expect(response.status).toBe(400)
      expect(response.data.message).toContain(field)
      expect((await api.get("/admin/producers", coordinator)).data.count).toBe(before)
    })

    it("an invited producer sets a password and signs in as the producer the coordinator created", async () => {
      const producerId = await createTestProducer(getContainer(), desaId, "kopi-undangan")
      const invite = await api.post(`/admin/producers/${producerId}/invite`, { email: "Undangan@Test.local" }, coordinator)
      expect(invite.status).toBe(201)
      // The link the coordinator shares opens the panel's invite page on the shop (the first STORE_CORS origin here).
      expect(invite.data.invite.url).toBe(`http://localhost:4321/panel/undangan?token=${encodeURIComponent(invite.data.invite.token)}`)
      const accepted = await call(api.post("/producer/invite/accept", { token: invite.data.invite.token }, bearer(await signUp("undangan@test.local"))))
      expect(accepted.status).toBe(200)
      expect((await api.get("/producer/me", await signIn("undangan@test.local"))).data.producer).toMatchObject({ id: producerId, handle: "kopi-undangan" })
    })

    it("refuses an invite claimed with another email or a forged token, and ties no login", async () => {
      const producerId = await createTestProducer(getContainer(), desaId, "madu-undangan")
      const { data } = await api.post(`/admin/producers/${producerId}/invite`, { email: "pemilik@test.local" }, coordinator)
      const otherToken = await signUp("orang-lain@test.local")
      const wrongEmail = await call(api.post("/producer/invite/accept", { token: data.invite.token }, bearer(otherToken)))
      expect(wrongEmail.status).toBe(400)
      expect(wrongEmail.data.message).toMatch(/email lain/)
      const forged = await call(api.post("/producer/invite/accept", { token: `${data.invite.token}x` }, bearer(otherToken)))
      expect(forged.status).toBe(400)
      expect(forged.data.message).toMatch(/tidak sah/)
      expect((await call(api.get("/producer/me", await signIn("orang-lain@test.local")))).status).toBe(401)
    })

    /** The reset email the local notification provider took for this address (sent by a subscriber, so it may take a moment). */
    async function resetEmailTo(email: string) {
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      for (let attempt = 0; attempt < 50; attempt++) {
        const [sent] = await notifications.listNotifications({ to: email, template: "producer-password-reset" })
        if (sent) return sent.data as { token: string; reset_path: string }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`no reset email to ${email}`)
    }

    it("resets a forgotten password with a single-use link sent to the producer", async () => {
      const requested = await api.post("/auth/producer/emailpass/reset-password", { identifier: "joko@test.local" })
      expect(requested.status).toBe(201)
      const email = await resetEmailTo("joko@test.local")
      expect(email.reset_path).toMatch(/^\/panel\/atur-ulang-sandi\?token=/)

      const update = () => call(api.post("/auth/producer/emailpass/update", { password: "sandi-baru-yang-panjang" }, bearer(email.token)))
      expect((await update()).status).toBe(200)
      expect((await login("joko@test.local", "sandi-baru-yang-panjang", "10.0.3.1")).status).toBe(200)
      expect((await login("joko@test.local", PASSWORD, "10.0.3.1")).status).toBe(401)
      expect((await update()).status).toBe(401)
    })

    it("answers a reset request for an unknown email the same way, and sends nothing", async () => {
      expect((await api.post("/auth/producer/emailpass/reset-password", { identifier: "tidak-ada@test.local" })).status).toBe(201)
      await expect(resetEmailTo("tidak-ada@test.local")).rejects.toThrow(/no reset email/)
    })

    const askReset = (identifier: string, ip: string) =>
      call(api.post("/auth/producer/emailpass/reset-password", { identifier }, { headers: { "x-forwarded-for": ip } }))

    it("sends at most 3 reset links to one account in 15 minutes, then answers 429 in Indonesian, known email or not", async () => {
      for (const email of ["budi@test.local", "belum-terdaftar@test.local"]) {
        for (const ip of ["10.0.4.1", "10.0.4.2", "10.0.4.3"]) {
          expect((await askReset(email, ip)).status).toBe(201)
        }
        const refused = await askReset(email.toUpperCase(), "10.0.4.4")
        expect(refused.status).toBe(429)
        expect(refused.data.message).toBe("Terlalu banyak permintaan atur ulang kata sandi. Coba lagi dalam 15 menit.")
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
      }
    })

    it("answers a 429 to an address that asked for 10 reset links, whatever the email", async () => {
      for (let index = 0; index < 10; index++) {
        expect((await askReset(`orang-${index}@test.local`, "10.0.5.1")).status).toBe(201)
      }
      expect((await askReset("budi@test.local", "10.0.5.1")).status).toBe(429)
      expect((await askReset("orang-baru@test.local", "10.0.5.2")).status).toBe(201)
    })
  })
})
