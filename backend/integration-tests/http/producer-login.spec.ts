import { backendTestRunner } from "../medusa-runner"
import { createTestDesa, createTestProducer, producerHeaders } from "../producer-fixtures"

type Response = { status: number; data: any; headers: Record<string, string> }

const PASSWORD = "rahasia-produsen-123"

backendTestRunner(({ api, getContainer }) => {
  describe("producer login", () => {
    /** Each test signs in from its own addresses (Medusa trusts one proxy hop), so the per-address count is the test's own. */
    const login = (email: string, password: string, ip: string) =>
      api.post("/auth/producer/emailpass", { email, password }, { headers: { "x-forwarded-for": ip } }).catch((error: { response: Response }) => error.response) as Promise<Response>

    beforeAll(async () => {
      const container = getContainer()
      const desaId = await createTestDesa(container)
      for (const name of ["tini", "sri", "joko"]) {
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

    it("after 10 failures on one account within a minute refuses it with 429, even with the right password from elsewhere", async () => {
      for (let attempt = 0; attempt < 10; attempt++) {
        expect((await login("sri@test.local", `salah-${attempt}-sandi`, `10.0.1.${attempt}`)).status).toBe(401)
      }
      const blocked = await login("sri@test.local", PASSWORD, "10.0.1.99")
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toMatch(/Terlalu banyak percobaan/)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
      expect((await login("joko@test.local", PASSWORD, "10.0.1.99")).status).toBe(200)
    })

    it("after 10 failures from one address refuses the next attempt there with 429, whatever the account", async () => {
      for (let attempt = 0; attempt < 10; attempt++) {
        expect((await login(`tebakan-${attempt}@test.local`, PASSWORD, "10.0.2.1")).status).toBe(401)
      }
      expect((await login("joko@test.local", PASSWORD, "10.0.2.1")).status).toBe(429)
      expect((await login("joko@test.local", PASSWORD, "10.0.2.2")).status).toBe(200)
    })
  })
})
