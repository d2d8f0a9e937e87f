import { backendTestRunner } from "../medusa-runner"

type Response = { status: number; data: any; headers: Record<string, string> }

/**
 * The backend behind a proxy it knows (TRUSTED_PROXIES), reached directly from
 * loopback, which is then not a trusted proxy: whatever X-Forwarded-For a
 * client writes, it is counted at the address it connects from.
 */
backendTestRunner(
  ({ api }) => {
    describe("X-Forwarded-For from a client that is not a trusted proxy", () => {
      const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)

      it("is ignored by the login limit: 10 failures under 10 made-up addresses stop the 11th attempt with 429", async () => {
        const login = (attempt: number) =>
          call(
            api.post(
              "/auth/producer/emailpass",
              { email: `tebakan-${attempt}@test.local`, password: "bukan-sandinya" },
              { headers: { "x-forwarded-for": `203.0.113.${attempt}` } }
            )
          )
        for (let attempt = 0; attempt < 10; attempt++) {
          expect((await login(attempt)).status).toBe(401)
        }
        const refused = await login(10)
        expect(refused.status).toBe(429)
        expect(refused.data.message).toMatch(/Terlalu banyak percobaan/)
      })

      it("is ignored by the reset limit: 10 requests under 10 made-up addresses stop the 11th with 429", async () => {
        const askReset = (attempt: number) =>
          call(
            api.post(
              "/auth/producer/emailpass/reset-password",
              { identifier: `orang-${attempt}@test.local` },
              { headers: { "x-forwarded-for": `198.51.100.${attempt}` } }
            )
          )
        for (let attempt = 0; attempt < 10; attempt++) {
          expect((await askReset(attempt)).status).toBe(201)
        }
        expect((await askReset(10)).status).toBe(429)
      })
    })
  },
  { env: { TRUSTED_PROXIES: "192.0.2.10" } }
)
